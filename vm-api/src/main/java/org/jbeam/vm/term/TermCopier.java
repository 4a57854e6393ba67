package org.jbeam.vm.term;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Deep-copies a term into another heap, as OTP's {@code copy_struct} ({@code copy.c}) does for
 * messages, spawn arguments and exit reasons: every cons cell and boxed object reachable from
 * the term is copied; immediates are copied as they are.
 *
 * <p>Per kind: tuples, funs' free variables, map keys/values and trie items, and a sub-binary's
 * original are copied recursively; bignums, floats, references, heap binaries, external
 * identifiers and export funs are copied word for word (their words are raw data or
 * immediates). A reference-counted binary's handle is copied and the off-heap Binary is shared:
 * the copy takes one more reference and is threaded on the target heap's off-heap list, so the
 * target's owner releases it when it frees or collects that heap.
 *
 * <p>Sharing inside the term is not preserved (as {@code copy_struct}, not
 * {@code copy_shared}): a subterm referenced twice is copied twice. Lists are walked along
 * their tails iteratively, so a long list costs no Java stack; only nesting in heads and
 * boxed fields recurses. A match state cannot be copied ({@code badarg}).
 */
public final class TermCopier {
    private TermCopier() {}

    /** A copy of {@code term} built on {@code target}. */
    public static long copy(long term, HeapAllocator target) {
        if (TermTags.isImmediate(term)) {
            return term;
        }
        if (TermTags.isList(term)) {
            return copyList(term, target);
        }
        return copyBoxed(term, target);
    }

    /**
     * The words {@link #copy} allocates for {@code term} (OTP's {@code size_object}): a message
     * built in a heap fragment of exactly this size takes one block.
     */
    public static long flatWords(long term) {
        long words = 0;
        long rest = term;
        while (TermTags.isList(rest)) {
            words += 2 + flatWords(Lists.head(rest));
            rest = Lists.tail(rest);
        }
        if (TermTags.isImmediate(rest)) {
            return words;
        }
        long header = Boxed.header(rest);
        int arity = (int) TermTags.headerArity(header);
        return words + switch (TermTags.headerSubtag(header)) {
            case TermTags.TUPLE_SUBTAG -> arity + 1 + flatWordsOf(rest, arity, 1);
            case TermTags.FUN_SUBTAG, TermTags.SUB_BINARY_SUBTAG -> arity + 1 + flatWordsOf(rest, arity, 5);
            case TermTags.MAP_SUBTAG -> flatMapWords(rest, header);
            case TermTags.REFC_BINARY_SUBTAG -> 5;
            default -> arity + 1;
        };
    }

    private static long flatWordsOf(long term, int arity, int firstTerm) {
        long from = TermTags.pointer(term);
        long words = 0;
        for (int i = firstTerm; i <= arity; i++) {
            words += flatWords(NativeMemory.wordAt(from, i));
        }
        return words;
    }

    private static long flatMapWords(long term, long header) {
        if (Maps.headerType(header) == Maps.TYPE_FLATMAP) {
            int words = 2 + (int) Maps.flatmapSize(term);
            return words + 1 + flatWordsOf(term, words, 2);
        }
        int first = HashMaps.firstItemWord(header);
        int words = first - 1 + HashMaps.itemCount(header);
        return words + 1 + flatWordsOf(term, words, first);
    }

    private static long copyList(long list, HeapAllocator target) {
        long first = 0;
        long previousCell = 0;
        long rest = list;
        while (TermTags.isList(rest)) {
            long cell = target.allocate(2);
            NativeMemory.setWord(cell, copy(Lists.head(rest), target));
            if (previousCell == 0) {
                first = TermTags.makeList(cell);
            } else {
                NativeMemory.setWordAt(previousCell, 1, TermTags.makeList(cell));
            }
            previousCell = cell;
            rest = Lists.tail(rest);
        }
        NativeMemory.setWordAt(previousCell, 1, copy(rest, target));
        return first;
    }

    private static long copyBoxed(long term, HeapAllocator target) {
        long header = Boxed.header(term);
        int subtag = TermTags.headerSubtag(header);
        return switch (subtag) {
            case TermTags.TUPLE_SUBTAG -> copyWords(term, target, (int) TermTags.headerArity(header), 1);
            case TermTags.FUN_SUBTAG -> copyWords(term, target, (int) TermTags.headerArity(header), 5);
            case TermTags.MAP_SUBTAG -> copyMap(term, header, target);
            case TermTags.REFC_BINARY_SUBTAG -> copyRefcBinary(term, target);
            case TermTags.SUB_BINARY_SUBTAG -> copyWords(term, target, (int) TermTags.headerArity(header), 5);
            case TermTags.MATCH_STATE_SUBTAG -> throw ErlangException.badarg("a match state cannot be copied");
            default -> copyWords(term, target, (int) TermTags.headerArity(header), Integer.MAX_VALUE);
        };
    }

    /**
     * Copies the header and {@code arity} words after it; words from {@code firstTerm} on
     * (counted from the header) are terms and copied deeply, the ones before are raw.
     */
    private static long copyWords(long term, HeapAllocator target, int arity, int firstTerm) {
        long from = TermTags.pointer(term);
        long to = target.allocate(arity + 1);
        NativeMemory.copy(from, to, (long) (arity + 1) * NativeMemory.WORD_BYTES);
        for (int i = firstTerm; i <= arity; i++) {
            NativeMemory.setWordAt(to, i, copy(NativeMemory.wordAt(from, i), target));
        }
        return TermTags.makeBoxed(to);
    }

    private static long copyRefcBinary(long term, HeapAllocator target) {
        long from = TermTags.pointer(term);
        long to = target.allocate(5);
        NativeMemory.copy(from, to, 5L * NativeMemory.WORD_BYTES);
        Binaries.retainOffHeap(NativeMemory.wordAt(from, Binaries.REFC_BINARY_WORD));
        OffHeapList.link(target, to);
        return TermTags.makeBoxed(to);
    }

    /** Flatmaps: [header][size][keys][values...]; trie heads: [header][size][items...]; nodes: [header][items...]. */
    private static long copyMap(long term, long header, HeapAllocator target) {
        int type = Maps.headerType(header);
        if (type == Maps.TYPE_FLATMAP) {
            int words = 2 + (int) Maps.flatmapSize(term);
            return copyWords(term, target, words, 2);
        }
        int first = HashMaps.firstItemWord(header);
        return copyWords(term, target, first - 1 + HashMaps.itemCount(header), first);
    }
}

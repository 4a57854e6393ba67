package org.jbeam.vm.gc;

import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;

/**
 * What a collector must know of each boxed object's layout: how many words it takes, and
 * where its term fields begin. Every object kind keeps its term fields last (as OTP's do), so
 * a linear scan skips the header and the raw words before them and then treats every
 * remaining word of the object as a term, the way OTP's {@code sweep} in {@code erl_gc.c}
 * walks a heap.
 *
 * <pre>
 * tuple          header | elements...                     terms from word 1
 * local fun      header | entry, arity, free count | creator, free variables...   from word 4
 * flatmap        header | size | keys tuple, values...    terms from word 2
 * HAMT head      header | size | items...                 terms from word 2
 * HAMT node      header | items...                        terms from word 1
 * sub binary     header | 4 raw words | original          terms from word 5
 * match state    header | position, size | bitstring      terms from word 3
 * everything else (bignum, float, ref, export, heap/refc binary, external ids)   no terms
 * </pre>
 */
public final class HeapObjects {
    private HeapObjects() {}

    /** Words of the object whose header is at {@code address}, header included. */
    public static long words(long address) {
        long header = NativeMemory.word(address);
        if (TermTags.headerSubtag(header) != TermTags.MAP_SUBTAG) {
            return TermTags.headerArity(header) + 1;
        }
        return switch (Maps.headerType(header)) {
            case Maps.TYPE_FLATMAP -> 3 + NativeMemory.wordAt(address, 1);
            case Maps.TYPE_HAMT_NODE_BITMAP -> 1 + hamtItems(header);
            default -> 2 + hamtItems(header);
        };
    }

    /** Words from the header to the object's first term field (its whole size when it has none). */
    public static long wordsBeforeTerms(long address) {
        long header = NativeMemory.word(address);
        return switch (TermTags.headerSubtag(header)) {
            case TermTags.TUPLE_SUBTAG -> 1;
            case TermTags.FUN_SUBTAG -> 4;
            case TermTags.SUB_BINARY_SUBTAG -> 5;
            case TermTags.MATCH_STATE_SUBTAG -> 3;
            case TermTags.MAP_SUBTAG -> Maps.headerType(header) == Maps.TYPE_HAMT_NODE_BITMAP ? 1 : 2;
            default -> words(address);
        };
    }

    private static int hamtItems(long header) {
        return Integer.bitCount((int) (TermTags.headerArity(header) >>> 10) & 0xFFFF);
    }
}

package org.jbeam.vm.gc;

import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermTags;

/**
 * One copying collection (Cheney's algorithm), as OTP's {@code erl_gc.c} does it: every live
 * object in the from-space is copied once into a to-space, leaving a forwarding pointer
 * behind; roots are rewritten first, then the to-spaces are scanned linearly until the scan
 * pointers catch up with the copy pointers.
 *
 * <p>What is "on this heap" is decided by address ranges: only objects inside the from-space
 * blocks move. Everything else a term points to (module literals, a heap a message came from,
 * the old generation during a minor collection) is left where it is, as OTP's
 * {@code ErtsInArea} tests do.
 *
 * <p>A minor collection gives a promotion range (the part of the young heap below the high
 * water mark, whose objects have already survived one collection): objects there are copied
 * to the old space instead of the young one.
 *
 * <p>Forwarding: a moved boxed object's header is replaced by the boxed pointer to its copy
 * (a header is never primary-tagged boxed); a moved cons cell's head becomes
 * {@link TermTags#NON_VALUE} and its tail the list pointer to its copy.
 */
public final class CopyingCollector {
    private final long[] fromStarts;
    private final long[] fromEnds;
    private final long promoteStart;
    private final long promoteEnd;
    private final CopySpace young;
    private final CopySpace old;

    /**
     * @param fromStarts first address of each from-space block
     * @param fromEnds one past the last used address of each from-space block
     * @param promoteStart start of the range whose objects go to {@code old} (0 for none)
     * @param promoteEnd end of that range
     * @param young where every other live object goes
     * @param old where promoted objects go, or null when nothing is promoted
     */
    public CopyingCollector(long[] fromStarts, long[] fromEnds, long promoteStart, long promoteEnd,
            CopySpace young, CopySpace old) {
        this.fromStarts = fromStarts;
        this.fromEnds = fromEnds;
        this.promoteStart = promoteStart;
        this.promoteEnd = promoteEnd;
        this.young = young;
        this.old = old;
    }

    /** The term to keep instead of {@code term}: its copy when it lives in the from-space. */
    public long relocate(long term) {
        return switch (TermTags.primaryTag(term)) {
            case TermTags.PRIMARY_LIST -> relocateCons(term);
            case TermTags.PRIMARY_BOXED -> relocateBoxed(term);
            default -> term;
        };
    }

    /**
     * Relocates {@code count} words at {@code address} in place. Words with primary tag 00
     * (continuation pointers, {@link TermTags#NON_VALUE}) are not terms and are kept as they are.
     */
    public void relocateWords(long address, long count) {
        for (long i = 0; i < count; i++) {
            long word = NativeMemory.wordAt(address, i);
            long moved = relocate(word);
            if (moved != word) {
                NativeMemory.setWordAt(address, i, moved);
            }
        }
    }

    private long relocateCons(long list) {
        long address = TermTags.pointer(list);
        if (!inFromSpace(address)) {
            return list;
        }
        long head = NativeMemory.word(address);
        if (head == TermTags.NON_VALUE) {
            return NativeMemory.wordAt(address, 1);
        }
        long copy = destination(address).take(2);
        NativeMemory.copy(address, copy, 2L * NativeMemory.WORD_BYTES);
        long moved = TermTags.makeList(copy);
        NativeMemory.setWord(address, TermTags.NON_VALUE);
        NativeMemory.setWordAt(address, 1, moved);
        return moved;
    }

    private long relocateBoxed(long boxed) {
        long address = TermTags.pointer(boxed);
        if (!inFromSpace(address)) {
            return boxed;
        }
        long header = NativeMemory.word(address);
        if (TermTags.isBoxed(header)) {
            return header;
        }
        long words = HeapObjects.words(address);
        CopySpace space = destination(address);
        long copy = space.take(words);
        NativeMemory.copy(address, copy, words * NativeMemory.WORD_BYTES);
        if (TermTags.headerSubtag(header) == TermTags.REFC_BINARY_SUBTAG) {
            NativeMemory.setWordAt(copy, OffHeapList.NEXT_WORD, space.offHeapHead);
            space.offHeapHead = copy;
        }
        long moved = TermTags.makeBoxed(copy);
        NativeMemory.setWord(address, moved);
        return moved;
    }

    private CopySpace destination(long address) {
        return address >= promoteStart && address < promoteEnd ? old : young;
    }

    private boolean inFromSpace(long address) {
        for (int i = 0; i < fromStarts.length; i++) {
            if (address >= fromStarts[i] && address < fromEnds[i]) {
                return true;
            }
        }
        return false;
    }

    /** Scans the to-spaces until every object copied into them has had its fields relocated. */
    public void scan() {
        boolean progress = true;
        while (progress) {
            progress = scan(young);
            if (old != null) {
                progress |= scan(old);
            }
        }
    }

    private boolean scan(CopySpace space) {
        boolean progress = false;
        while (space.scan < space.top) {
            progress = true;
            long word = NativeMemory.word(space.scan);
            if (TermTags.isHeader(word)) {
                space.scan += HeapObjects.wordsBeforeTerms(space.scan) * NativeMemory.WORD_BYTES;
            } else {
                long moved = relocate(word);
                if (moved != word) {
                    NativeMemory.setWord(space.scan, moved);
                }
                space.scan += NativeMemory.WORD_BYTES;
            }
        }
        return progress;
    }

    /**
     * Drops the references of the refc binaries on a from-space off-heap list that were not
     * copied (their header is not a forwarding pointer), freeing each at zero; the copied ones
     * are already on their to-space's list.
     */
    public static void releaseDead(long fromListHead) {
        long node = fromListHead;
        while (node != 0) {
            long next = NativeMemory.wordAt(node, OffHeapList.NEXT_WORD);
            long header = NativeMemory.word(node);
            if (!TermTags.isBoxed(header) && TermTags.headerSubtag(header) == TermTags.REFC_BINARY_SUBTAG) {
                Binaries.releaseOffHeap(NativeMemory.wordAt(node, Binaries.REFC_BINARY_WORD));
            }
            node = next;
        }
    }
}

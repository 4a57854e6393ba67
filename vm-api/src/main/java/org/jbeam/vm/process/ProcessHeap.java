package org.jbeam.vm.process;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.gc.CopySpace;
import org.jbeam.vm.gc.CopyingCollector;
import org.jbeam.vm.gc.HeapSizes;
import org.jbeam.vm.gc.RootSet;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * A process heap with two generations, collected by copying as OTP's {@code erl_gc.c} does
 * ({@code erts/emulator/internal_doc/GarbageCollection.md}).
 *
 * <p>The young heap is one contiguous block with a bump pointer. When an allocation does not
 * fit, it goes to an overflow block (OTP's heap fragments), because terms must not move
 * between two safe points: only {@link #collect} moves them, and only the interpreter's
 * heap-need checks ({@code test_heap}, {@code allocate_heap}, {@code gc_bif}) and
 * {@code erlang:garbage_collect} call it, with the roots they know to be live.
 *
 * <p>A minor collection copies the live young data: what lies below the high water mark (it
 * survived the previous collection) is promoted to the old heap, the rest goes to a fresh
 * young block, and the high water mark becomes the new top. A major (fullsweep) collection
 * copies everything, old heap included, into one fresh block and drops the old heap; it runs
 * after {@link #fullsweepAfter()} minor ones, when the old heap has no room for the data to
 * promote, or on request. Heap sizes follow {@link HeapSizes}: the young heap grows when live
 * data needs it and shrinks when a collection leaves it mostly empty (the live data is then
 * copied once more into the smaller block).
 *
 * <p>Refc binaries are kept on two off-heap lists, one per generation; a collection moves the
 * survivors to the list of the space they land in and drops the references of the others.
 * Not thread-safe: only the process's own scheduler thread builds on it.
 */
public final class ProcessHeap implements HeapAllocator, AutoCloseable {
    /** OTP's default {@code fullsweep_after}. */
    public static final int DEFAULT_FULLSWEEP_AFTER = 65535;
    private static final long MIN_OVERFLOW_WORDS = 256;
    private static final long MAX_OVERFLOW_WORDS = 1 << 16;

    private final long limitWords;
    private final List<long[]> overflow = new ArrayList<>();
    private int fullsweepAfter = DEFAULT_FULLSWEEP_AFTER;
    /** The least size of the young heap after a collection (OTP's {@code min_heap_size}). */
    private long minHeapWords = HeapSizes.MIN_HEAP_WORDS;
    private boolean poisonFreedSpace;
    private boolean collectAtEverySafePoint;
    private long youngStart;
    private long youngEnd;
    private long top;
    private long highWater;
    private long oldStart;
    private long oldEnd;
    private long oldTop;
    private long offHeapHead;
    /** Message fragments taken by {@code remove_message}; see {@link #attachFragment}. */
    private final List<HeapFragments> attachedFragments = new ArrayList<>();
    private long oldOffHeapHead;
    private int minorsSinceMajor;
    private long minorCollections;
    private long majorCollections;
    /** Words the collections of this heap found dead, all told ({@code statistics(garbage_collection)}). */
    private long reclaimedWords;

    /**
     * @param initialWords the least size of the young heap (rounded up to a {@link HeapSizes} size)
     * @param limitWords the most words of live data plus need this heap may ever hold
     */
    public ProcessHeap(long initialWords, long limitWords) {
        this.limitWords = limitWords;
        allocateEmptyYoung(Math.min(HeapSizes.atLeast(initialWords), Math.max(limitWords, 16)));
    }

    /** A fresh, empty young heap of {@code words} words (the old block, if any, already freed). */
    private void allocateEmptyYoung(long words) {
        youngStart = NativeAllocator.allocate(words * NativeMemory.WORD_BYTES);
        youngEnd = youngStart + words * NativeMemory.WORD_BYTES;
        top = youngStart;
        highWater = youngStart;
    }

    @Override
    public long allocate(int words) {
        long bytes = (long) words * NativeMemory.WORD_BYTES;
        long address = top;
        if (address + bytes <= youngEnd) {
            top = address + bytes;
            return address;
        }
        return allocateOverflow(words);
    }

    /** An allocation that does not fit the young heap: bump in the last overflow block or add one. */
    private long allocateOverflow(int words) {
        long bytes = (long) words * NativeMemory.WORD_BYTES;
        if (!overflow.isEmpty()) {
            long[] last = overflow.getLast();
            if (last[2] + bytes <= last[1]) {
                long address = last[2];
                last[2] += bytes;
                return address;
            }
        }
        // Room for more than this request, so a run of small allocations shares a block, but not
        // so much that a large young heap makes a small overflow reach the limit.
        long blockWords = Math.max(words, Math.clamp(heapSizeWords() / 4, MIN_OVERFLOW_WORDS, MAX_OVERFLOW_WORDS));
        if (totalHeapSizeWords() + blockWords > limitWords) {
            blockWords = words;
        }
        if (totalHeapSizeWords() + blockWords > limitWords) {
            throw ErlangException.systemLimit("process heap exhausted (limit " + limitWords + " words)");
        }
        long block = NativeAllocator.allocate(blockWords * NativeMemory.WORD_BYTES);
        overflow.add(new long[] {block, block + blockWords * NativeMemory.WORD_BYTES, block + bytes});
        return block;
    }

    /** The young heap's allocation top, for a native tier that bumps it in generated code. */
    public long top() {
        return top;
    }

    /** Takes back the allocation top that generated code bumped (it stays within the young heap). */
    public void setTop(long address) {
        if (address < youngStart || address > youngEnd) {
            throw new IllegalArgumentException("not an address of the young heap: " + address);
        }
        top = address;
    }

    /**
     * How far generated code may bump the top before its heap test calls for a collection: the
     * young heap's end, or the top itself when the next heap test must collect anyway (terms
     * overflowed the young heap, or every safe point collects) so every non-empty need fails.
     */
    public long bumpLimit() {
        return collectAtEverySafePoint || !overflow.isEmpty() ? top : youngEnd;
    }

    /** True when {@code needWords} more words do not fit the young heap, or terms overflowed it. */
    public boolean needsCollection(long needWords) {
        return collectAtEverySafePoint || !overflow.isEmpty() || top + needWords * NativeMemory.WORD_BYTES > youngEnd;
    }

    /**
     * Collects this heap: minor unless {@code fullsweep} is asked, {@link #fullsweepAfter()}
     * minor collections have run since the last major, or the old heap lacks room. Afterwards
     * {@code needWords} words fit the young heap without overflow.
     *
     * @throws ErlangException {@code system_limit} when live data plus need pass the heap's limit
     */
    public void collect(RootSet roots, long needWords, boolean fullsweep) {
        long usedBefore = usedWords();
        long promoteWords = (highWater - youngStart) / NativeMemory.WORD_BYTES;
        boolean major = fullsweep || minorsSinceMajor >= fullsweepAfter
                || (oldStart != 0 && promoteWords > (oldEnd - oldTop) / NativeMemory.WORD_BYTES);
        if (major) {
            collectMajor(roots, needWords);
        } else {
            collectMinor(roots, needWords, promoteWords);
        }
        long liveWords = youngUsedWords() + oldUsedWords();
        reclaimedWords += Math.max(0, usedBefore - liveWords);
        if (liveWords + needWords > limitWords) {
            throw ErlangException.systemLimit("process heap exhausted (limit " + limitWords + " words)");
        }
    }

    private void collectMinor(RootSet roots, long needWords, long promoteWords) {
        if (promoteWords > 0 && oldStart == 0) {
            long oldWords = HeapSizes.atLeast(Math.max(promoteWords, heapSizeWords()));
            oldStart = NativeAllocator.allocate(oldWords * NativeMemory.WORD_BYTES);
            oldEnd = oldStart + oldWords * NativeMemory.WORD_BYTES;
            oldTop = oldStart;
        }
        long survivorWords = (top - highWater) / NativeMemory.WORD_BYTES + overflowUsedWords();
        long toWords = HeapSizes.atLeast(Math.max(Math.max(heapSizeWords(), minHeapWords), survivorWords + needWords));
        long to = NativeAllocator.allocate(toWords * NativeMemory.WORD_BYTES);
        CopySpace young = new CopySpace(to, to + toWords * NativeMemory.WORD_BYTES, 0);
        CopySpace old = oldStart == 0 ? null : new CopySpace(oldTop, oldEnd, oldOffHeapHead);
        CopyingCollector collector = new CopyingCollector(fromStarts(false), fromEnds(false),
                youngStart, highWater, young, old);
        roots.relocate(collector);
        collector.scan();
        CopyingCollector.releaseDead(offHeapHead);
        if (old != null) {
            oldTop = old.top;
            oldOffHeapHead = old.offHeapHead;
        }
        replaceYoung(young, toWords);
        minorsSinceMajor++;
        minorCollections++;
        resizeYoung(roots, needWords);
    }

    private void collectMajor(RootSet roots, long needWords) {
        long usedWords = youngUsedWords() + overflowUsedWords() + oldUsedWords();
        long toWords = HeapSizes.atLeast(Math.max(minHeapWords, usedWords + needWords));
        long to = NativeAllocator.allocate(toWords * NativeMemory.WORD_BYTES);
        CopySpace young = new CopySpace(to, to + toWords * NativeMemory.WORD_BYTES, 0);
        CopyingCollector collector = new CopyingCollector(fromStarts(true), fromEnds(true), 0, 0, young, null);
        roots.relocate(collector);
        collector.scan();
        CopyingCollector.releaseDead(offHeapHead);
        CopyingCollector.releaseDead(oldOffHeapHead);
        oldOffHeapHead = 0;
        if (oldStart != 0) {
            freeBlock(oldStart, oldEnd);
            oldStart = 0;
            oldEnd = 0;
            oldTop = 0;
        }
        replaceYoung(young, toWords);
        minorsSinceMajor = 0;
        majorCollections++;
        resizeYoung(roots, needWords);
    }

    /**
     * Gives the young heap the size {@link HeapSizes#afterCollection} asks for, by copying its
     * (all live) data once more into a block of that size; nothing is promoted.
     */
    private void resizeYoung(RootSet roots, long needWords) {
        long current = heapSizeWords();
        long wanted = Math.max(minHeapWords, HeapSizes.afterCollection(current, youngUsedWords(), needWords));
        if (wanted == current) {
            return;
        }
        long to = NativeAllocator.allocate(wanted * NativeMemory.WORD_BYTES);
        CopySpace young = new CopySpace(to, to + wanted * NativeMemory.WORD_BYTES, 0);
        CopyingCollector collector = new CopyingCollector(new long[] {youngStart}, new long[] {top}, 0, 0,
                young, null);
        roots.relocate(collector);
        collector.scan();
        CopyingCollector.releaseDead(offHeapHead);
        replaceYoung(young, wanted);
    }

    /** Frees the from-space young block and overflow; the copy becomes the young heap, all of it survived. */
    private void replaceYoung(CopySpace copy, long words) {
        freeBlock(youngStart, youngEnd);
        overflow.forEach(block -> freeBlock(block[0], block[1]));
        overflow.clear();
        youngStart = copy.end - words * NativeMemory.WORD_BYTES;
        youngEnd = copy.end;
        top = copy.top;
        highWater = top;
        offHeapHead = copy.offHeapHead;
    }

    private void freeBlock(long start, long end) {
        if (poisonFreedSpace) {
            NativeMemory.fill(start, end - start, (byte) 0xA5);
        }
        NativeAllocator.free(start);
    }

    /**
     * For tests: fills every block a collection frees with a pattern that is no valid term, so
     * a term the collector forgot to move breaks at once instead of reading stale memory.
     */
    public void setPoisonFreedSpace(boolean poison) {
        poisonFreedSpace = poison;
    }

    /**
     * For tests: makes every safe point collect, so that a root a tier forgot, or a term it
     * held across a safe point, shows at once (with {@link #setPoisonFreedSpace}).
     */
    public void setCollectAtEverySafePoint(boolean stress) {
        collectAtEverySafePoint = stress;
    }

    private long[] fromStarts(boolean withOld) {
        return fromSpace(withOld, youngStart, 0, oldStart);
    }

    private long[] fromEnds(boolean withOld) {
        return fromSpace(withOld, top, 2, oldTop);
    }

    /** One bound of each from-space block: the young heap's, each overflow block's word {@code overflowWord}, the old heap's. */
    private long[] fromSpace(boolean withOld, long young, int overflowWord, long old) {
        boolean hasOld = withOld && oldStart != 0;
        long[] bounds = new long[1 + overflow.size() + (hasOld ? 1 : 0)];
        bounds[0] = young;
        for (int i = 0; i < overflow.size(); i++) {
            bounds[1 + i] = overflow.get(i)[overflowWord];
        }
        if (hasOld) {
            bounds[bounds.length - 1] = old;
        }
        return bounds;
    }

    /** Minor collections before a major one is forced (OTP's {@code fullsweep_after}). */
    public int fullsweepAfter() {
        return fullsweepAfter;
    }

    public void setFullsweepAfter(int minors) {
        if (minors < 0) {
            throw new IllegalArgumentException("fullsweep_after must not be negative: " + minors);
        }
        fullsweepAfter = minors;
    }

    /**
     * Sets OTP's {@code min_heap_size}: no collection leaves the young heap smaller, and a heap
     * that holds nothing yet (a process about to start) takes that size at once, as erts gives
     * a process spawned with the option. A heap with data keeps its size until its next
     * collection, as in erl.
     *
     * @param words the least size, already one of {@link HeapSizes}'s
     */
    public void setMinHeapSize(long words) {
        minHeapWords = Math.min(HeapSizes.atLeast(words), Math.max(limitWords, HeapSizes.MIN_HEAP_WORDS));
        boolean empty = top == youngStart && overflow.isEmpty() && oldStart == 0 && offHeapHead == 0;
        if (empty && heapSizeWords() < minHeapWords) {
            freeBlock(youngStart, youngEnd);
            allocateEmptyYoung(minHeapWords);
        }
    }

    /** The young heap's size in words ({@code process_info(P, heap_size)}). */
    public long heapSizeWords() {
        return (youngEnd - youngStart) / NativeMemory.WORD_BYTES;
    }

    /** The old heap's size in words (0 when there is none). */
    public long oldHeapSizeWords() {
        return (oldEnd - oldStart) / NativeMemory.WORD_BYTES;
    }

    /** Young, old and overflow blocks together ({@code process_info(P, total_heap_size)}, less the stack). */
    public long totalHeapSizeWords() {
        long words = heapSizeWords() + oldHeapSizeWords();
        for (long[] block : overflow) {
            words += (block[1] - block[0]) / NativeMemory.WORD_BYTES;
        }
        return words;
    }

    /** Words in use: young, old and overflow data. */
    public long usedWords() {
        return youngUsedWords() + oldUsedWords() + overflowUsedWords();
    }

    /** Words of native memory this heap holds. */
    public long wordsReserved() {
        return totalHeapSizeWords();
    }

    /** Minor collections since the last major one ({@code process_info}'s {@code minor_gcs}). */
    public int minorsSinceMajor() {
        return minorsSinceMajor;
    }

    public long minorCollections() {
        return minorCollections;
    }

    public long majorCollections() {
        return majorCollections;
    }

    /** Words the collections of this heap found dead, all told. */
    public long reclaimedWords() {
        return reclaimedWords;
    }

    /** Words in use in the young heap (below the allocation top). */
    public long youngUsedWords() {
        return (top - youngStart) / NativeMemory.WORD_BYTES;
    }

    /** Words in use in the old heap. */
    public long oldUsedWords() {
        return (oldTop - oldStart) / NativeMemory.WORD_BYTES;
    }

    /** Words in use in the overflow blocks (OTP's heap fragments). */
    public long overflowUsedWords() {
        long words = 0;
        for (long[] block : overflow) {
            words += (block[2] - block[0]) / NativeMemory.WORD_BYTES;
        }
        return words;
    }

    @Override
    public long offHeapHead() {
        return offHeapHead;
    }

    @Override
    public void setOffHeapHead(long address) {
        offHeapHead = address;
    }

    /** Visits the address of every off-heap reference node of the young and the old heap, newest first. */
    public void forEachOffHeapNode(java.util.function.LongConsumer visitor) {
        for (long head : new long[] {offHeapHead, oldOffHeapHead}) {
            for (long node = head; node != 0; node = NativeMemory.wordAt(node, OffHeapList.NEXT_WORD)) {
                visitor.accept(node);
            }
        }
    }

    /**
     * Attaches a received message's heap fragment (BEAM's {@code mbuf} list): the process's
     * terms may point into it from now on, so it lives as long as this heap. A garbage
     * collector adopts these fragments: it copies what is live out of them into the heap and
     * then closes them; until then they are freed with the heap.
     */
    public void attachFragment(HeapFragments fragment) {
        attachedFragments.add(fragment);
    }

    /** The attached message fragments, oldest first (for the garbage collector). */
    public List<HeapFragments> attachedFragments() {
        return attachedFragments;
    }

    @Override
    public void close() {
        attachedFragments.forEach(HeapFragments::close);
        attachedFragments.clear();
        if (youngStart == 0) {
            return;
        }
        OffHeapList.releaseAll(offHeapHead);
        OffHeapList.releaseAll(oldOffHeapHead);
        offHeapHead = 0;
        oldOffHeapHead = 0;
        NativeAllocator.free(youngStart);
        overflow.forEach(block -> NativeAllocator.free(block[0]));
        overflow.clear();
        if (oldStart != 0) {
            NativeAllocator.free(oldStart);
        }
        youngStart = 0;
        youngEnd = 0;
        top = 0;
        oldStart = 0;
        oldEnd = 0;
        oldTop = 0;
    }
}

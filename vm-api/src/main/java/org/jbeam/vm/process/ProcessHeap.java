package org.jbeam.vm.process;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * A process heap: bump allocation in native blocks that double in size as the process needs
 * more, up to a word limit. There is no garbage collector yet, so nothing is ever reclaimed
 * before the process ends; a process that goes past the limit gets {@code error:system_limit}
 * (noted "process heap exhausted") instead of taking the machine's memory.
 *
 * <p>Terms never move: a block, once handed out, stays where it is until {@link #close()}.
 * Not thread-safe: only the process's own scheduler thread builds on it.
 */
public final class ProcessHeap implements HeapAllocator, AutoCloseable {
    private final List<Long> blocks = new ArrayList<>();
    private final long limitWords;
    private long nextBlockWords;
    private long top;
    private long end;
    private long wordsReserved;
    private long offHeapHead;
    /** Message fragments taken by {@code remove_message}; see {@link #attachFragment}. */
    private final List<HeapFragments> attachedFragments = new ArrayList<>();

    /**
     * @param initialWords the size of the first block
     * @param limitWords the most words this heap may ever reserve
     */
    public ProcessHeap(long initialWords, long limitWords) {
        this.nextBlockWords = Math.max(64, initialWords);
        this.limitWords = limitWords;
    }

    @Override
    public long allocate(int words) {
        long bytes = (long) words * NativeMemory.WORD_BYTES;
        long address = top;
        if (address + bytes > end || address == 0) {
            address = grow(words);
        }
        top = address + bytes;
        return address;
    }

    private long grow(int words) {
        long blockWords = Math.min(Math.max(nextBlockWords, words), limitWords - wordsReserved);
        if (blockWords < words) {
            throw ErlangException.systemLimit("process heap exhausted (" + limitWords
                    + " words; no garbage collector yet)");
        }
        long block = NativeAllocator.allocate(blockWords * NativeMemory.WORD_BYTES);
        blocks.add(block);
        wordsReserved += blockWords;
        nextBlockWords = blockWords * 2;
        end = block + blockWords * NativeMemory.WORD_BYTES;
        return block;
    }

    /** Words of native memory this heap holds. */
    public long wordsReserved() {
        return wordsReserved;
    }

    @Override
    public long offHeapHead() {
        return offHeapHead;
    }

    @Override
    public void setOffHeapHead(long address) {
        offHeapHead = address;
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
        OffHeapList.releaseAll(offHeapHead);
        offHeapHead = 0;
        blocks.forEach(NativeAllocator::free);
        blocks.clear();
        top = 0;
        end = 0;
    }
}

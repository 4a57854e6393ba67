package org.jbeam.vm.heap;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * A heap that is never collected, only freed whole: a chain of native blocks with bump
 * allocation. It serves as a literal area, a message being built outside its receiver
 * (OTP's heap fragments), and scratch space in tests.
 *
 * <p>{@link #close()} frees every block and drops this heap's references to off-heap
 * binaries. Not thread-safe: one owner builds into it at a time.
 */
public final class HeapFragments implements HeapAllocator, AutoCloseable {
    private static final int DEFAULT_BLOCK_WORDS = 1024;

    /** The first block (0 before any): most fragments, one message each, never need a second. */
    private long firstBlock;
    /** Blocks after the first, made on demand (a list costs more Java heap than a small message). */
    private List<Long> moreBlocks;
    private final int blockWords;
    private long top;
    private long limit;
    private long offHeapHead;
    private long wordsUsed;
    private boolean closed;

    public HeapFragments() {
        this(DEFAULT_BLOCK_WORDS);
    }

    public HeapFragments(int blockWords) {
        this.blockWords = Math.max(16, blockWords);
    }

    @Override
    public long allocate(int words) {
        if (closed) {
            throw new IllegalStateException("heap fragments already freed");
        }
        long bytes = (long) words * NativeMemory.WORD_BYTES;
        if (top + bytes > limit || top == 0) {
            long blockBytes = (long) Math.max(blockWords, words) * NativeMemory.WORD_BYTES;
            long block = NativeAllocator.allocate(blockBytes);
            if (firstBlock == 0) {
                firstBlock = block;
            } else {
                if (moreBlocks == null) {
                    moreBlocks = new ArrayList<>();
                }
                moreBlocks.add(block);
            }
            top = block;
            limit = block + blockBytes;
        }
        long address = top;
        top += bytes;
        wordsUsed += words;
        return address;
    }

    /** Words handed out so far. */
    public long wordsUsed() {
        return wordsUsed;
    }

    @Override
    public long offHeapHead() {
        return offHeapHead;
    }

    @Override
    public void setOffHeapHead(long address) {
        offHeapHead = address;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        OffHeapList.releaseAll(offHeapHead);
        offHeapHead = 0;
        if (firstBlock != 0) {
            NativeAllocator.free(firstBlock);
            firstBlock = 0;
        }
        if (moreBlocks != null) {
            for (long block : moreBlocks) {
                NativeAllocator.free(block);
            }
            moreBlocks = null;
        }
    }
}

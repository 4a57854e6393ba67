package org.jbeam.vm.gc;

import org.jbeam.vm.memory.NativeMemory;

/**
 * A space a collection copies into: a block with a bump pointer and a Cheney scan pointer,
 * and the off-heap list of the refc binaries that land in it.
 */
public final class CopySpace {
    public final long end;
    public long top;
    public long scan;
    public long offHeapHead;

    /**
     * @param top where copied objects go from (the block's start, or an old heap's top)
     * @param end one past the block's last word
     * @param offHeapHead the off-heap list the space already has
     */
    public CopySpace(long top, long end, long offHeapHead) {
        this.top = top;
        this.scan = top;
        this.end = end;
        this.offHeapHead = offHeapHead;
    }

    public long take(long words) {
        long address = top;
        top += words * NativeMemory.WORD_BYTES;
        if (top > end) {
            throw new IllegalStateException("collector to-space overflow: heap sizing is wrong");
        }
        return address;
    }
}

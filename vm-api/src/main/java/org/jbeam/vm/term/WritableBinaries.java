package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Writable binaries: OTP's trick that makes {@code <<Acc/binary, X>>} in a loop linear instead
 * of quadratic ({@code erts_bs_append} and {@code bs_private_append} in {@code erl_bits.c}).
 * The result of an append lives in an off-heap block with spare capacity; a later append to
 * that very result writes its bytes into the spare room and returns a new refc binary over
 * the same block, one reference more. Older binaries over the block keep their own, shorter,
 * byte size, so they never see the new bytes.
 *
 * <pre>
 * writable off-heap block  [reference count] [WRITABLE | capacity] [used bytes] [bytes ...]
 * </pre>
 *
 * The refc binaries over it have {@link Binaries}' usual layout (their bytes address is the
 * block + 24), so everything else treats them as ordinary refc binaries. An append may write
 * in place only when the binary it extends ends exactly at {@code used} (nothing was appended
 * to it before); claiming the room is a compare-and-set on {@code used}, so two appends to the
 * same binary, even from two processes sharing it, never write over each other.
 */
public final class WritableBinaries {
    /** Marks a block's second word: the block has a {@code used} word and spare capacity. */
    private static final long WRITABLE = 1L << 62;
    private static final int HEADER_BYTES = 24;
    private static final int REFC_BYTES_WORD = 4;
    /** The least capacity a writable block gets, so short appends do not reallocate at once. */
    private static final long MIN_CAPACITY = 256;

    private WritableBinaries() {}

    /** A refc binary holding {@code bytes}, in a block with room to grow to twice its size. */
    public static long make(HeapAllocator heap, byte[] bytes) {
        long capacity = Math.max(MIN_CAPACITY, 2L * bytes.length);
        long block = NativeAllocator.allocate(HEADER_BYTES + capacity);
        NativeMemory.setWord(block, 1);
        NativeMemory.setWordAt(block, 1, WRITABLE | capacity);
        NativeMemory.setWordAt(block, 2, bytes.length);
        NativeMemory.copyIn(bytes, 0, block + HEADER_BYTES, bytes.length);
        return view(heap, block, bytes.length);
    }

    /**
     * {@code binary} followed by {@code bytes}, written in place when {@code binary} is the
     * latest binary over a writable block with room; {@link TermTags#NON_VALUE} otherwise.
     */
    public static long tryAppend(HeapAllocator heap, long binary, byte[] bytes) {
        if (Boxed.subtag(binary) != TermTags.REFC_BINARY_SUBTAG) {
            return TermTags.NON_VALUE;
        }
        long block = Boxed.field(binary, Binaries.REFC_BINARY_WORD);
        long capacityWord = NativeMemory.wordAt(block, 1);
        if ((capacityWord & WRITABLE) == 0 || Boxed.field(binary, REFC_BYTES_WORD) != block + HEADER_BYTES) {
            return TermTags.NON_VALUE;
        }
        long size = Binaries.byteSize(binary);
        long grown = size + bytes.length;
        if (grown > (capacityWord & ~WRITABLE)
                || !NativeMemory.compareAndSetWord(block + 2L * NativeMemory.WORD_BYTES, size, grown)) {
            return TermTags.NON_VALUE;
        }
        NativeMemory.copyIn(bytes, 0, block + HEADER_BYTES + size, bytes.length);
        Binaries.retainOffHeap(block);
        return view(heap, block, grown);
    }

    /** A new refc binary of the first {@code size} bytes of a block whose reference it holds. */
    private static long view(HeapAllocator heap, long block, long size) {
        long address = heap.allocate(5);
        NativeMemory.setWord(address, TermTags.makeHeader(4, TermTags.REFC_BINARY_SUBTAG));
        NativeMemory.setWordAt(address, 1, size);
        NativeMemory.setWordAt(address, Binaries.REFC_BINARY_WORD, block);
        NativeMemory.setWordAt(address, REFC_BYTES_WORD, block + HEADER_BYTES);
        OffHeapList.link(heap, address);
        return TermTags.makeBoxed(address);
    }
}

package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.OffHeapList;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Binaries and bitstrings, in OTP's three shapes.
 *
 * <pre>
 * heap binary  [header(1 + words, HEAP_BIN)] [byte size] [bytes ...]            up to 64 bytes
 * refc binary  [header(4, REFC_BIN)] [byte size] [next] [off-heap Binary] [bytes address]
 * sub binary   [header(5, SUB_BIN)] [byte size] [byte offset] [bit size] [bit offset] [original]
 * off-heap Binary (malloc'd, shared by every process that holds it)
 *              [reference count] [byte size] [bytes ...]
 * </pre>
 *
 * A sub-binary's {@code bit size} is the 0-7 bits after its whole bytes and {@code bit
 * offset} the 0-7 bits its first byte starts at; {@code original} is a heap or refc binary.
 * A refc binary is threaded on its heap's off-heap list (word 2 is the link) and holds one
 * reference to its off-heap Binary.
 */
public final class Binaries {
    private Binaries() {}

    /** OTP's {@code ERL_ONHEAP_BIN_LIMIT}: larger binaries live off-heap. */
    public static final int HEAP_BINARY_LIMIT = 64;
    /** Word of a refc binary that holds its off-heap Binary's address. */
    public static final int REFC_BINARY_WORD = 3;
    private static final int REFC_BYTES_WORD = 4;
    private static final int OFF_HEAP_HEADER_BYTES = 16;

    public static boolean isBinaryTerm(long term) {
        if (!TermTags.isBoxed(term)) {
            return false;
        }
        int subtag = TermTags.headerSubtag(Boxed.header(term));
        return subtag == TermTags.HEAP_BINARY_SUBTAG || subtag == TermTags.REFC_BINARY_SUBTAG
                || subtag == TermTags.SUB_BINARY_SUBTAG;
    }

    /** True for a bitstring whose size is a whole number of bytes (what is_binary/1 tests). */
    public static boolean isByteAligned(long binary) {
        return TermTags.headerSubtag(Boxed.header(binary)) != TermTags.SUB_BINARY_SUBTAG
                || Boxed.field(binary, 3) == 0;
    }

    /** A binary holding a copy of {@code bytes}. */
    public static long make(HeapAllocator heap, byte[] bytes) {
        return make(heap, bytes, 0, bytes.length);
    }

    public static long make(HeapAllocator heap, byte[] bytes, int offset, int length) {
        long binary = allocate(heap, length);
        NativeMemory.copyIn(bytes, offset, bytesAddress(binary), length);
        return binary;
    }

    /** An uninitialised binary of {@code size} bytes: heap or off-heap by size. */
    public static long allocate(HeapAllocator heap, long size) {
        if (size <= HEAP_BINARY_LIMIT) {
            int words = (int) ((size + 7) / 8);
            long address = heap.allocate(2 + words);
            NativeMemory.setWord(address, TermTags.makeHeader(1 + words, TermTags.HEAP_BINARY_SUBTAG));
            NativeMemory.setWordAt(address, 1, size);
            if (words > 0) {
                NativeMemory.setWordAt(address, 1 + words, 0); // no stray bits after the last byte
            }
            return TermTags.makeBoxed(address);
        }
        long offHeap = NativeAllocator.allocate(OFF_HEAP_HEADER_BYTES + size);
        NativeMemory.setWord(offHeap, 1);
        NativeMemory.setWordAt(offHeap, 1, size);
        long address = heap.allocate(5);
        NativeMemory.setWord(address, TermTags.makeHeader(4, TermTags.REFC_BINARY_SUBTAG));
        NativeMemory.setWordAt(address, 1, size);
        NativeMemory.setWordAt(address, REFC_BINARY_WORD, offHeap);
        NativeMemory.setWordAt(address, REFC_BYTES_WORD, offHeap + OFF_HEAP_HEADER_BYTES);
        OffHeapList.link(heap, address);
        return TermTags.makeBoxed(address);
    }

    /**
     * A sub-binary of {@code original} (a heap or refc binary) starting {@code bitOffset} bits
     * in and {@code bitLength} bits long.
     */
    public static long subBinary(HeapAllocator heap, long original, long bitOffset, long bitLength) {
        long address = heap.allocate(6);
        NativeMemory.setWord(address, TermTags.makeHeader(5, TermTags.SUB_BINARY_SUBTAG));
        NativeMemory.setWordAt(address, 1, bitLength >>> 3);
        NativeMemory.setWordAt(address, 2, bitOffset >>> 3);
        NativeMemory.setWordAt(address, 3, bitLength & 7);
        NativeMemory.setWordAt(address, 4, bitOffset & 7);
        NativeMemory.setWordAt(address, 5, original);
        return TermTags.makeBoxed(address);
    }

    /** Whole bytes of the binary (a bitstring's trailing bits not counted). */
    public static long byteSize(long binary) {
        return Boxed.field(binary, 1);
    }

    /** The size in bits. */
    public static long bitSize(long binary) {
        long bits = byteSize(binary) * 8;
        if (TermTags.headerSubtag(Boxed.header(binary)) == TermTags.SUB_BINARY_SUBTAG) {
            bits += Boxed.field(binary, 3);
        }
        return bits;
    }

    /** The bit offset (0-7) at which the first byte starts; 0 except for some sub-binaries. */
    public static int bitOffset(long binary) {
        if (TermTags.headerSubtag(Boxed.header(binary)) == TermTags.SUB_BINARY_SUBTAG) {
            return (int) Boxed.field(binary, 4);
        }
        return 0;
    }

    /** The address of the binary's first byte. */
    public static long bytesAddress(long binary) {
        return switch (TermTags.headerSubtag(Boxed.header(binary))) {
            case TermTags.HEAP_BINARY_SUBTAG -> TermTags.pointer(binary) + 2 * NativeMemory.WORD_BYTES;
            case TermTags.REFC_BINARY_SUBTAG -> Boxed.field(binary, REFC_BYTES_WORD);
            case TermTags.SUB_BINARY_SUBTAG -> bytesAddress(Boxed.field(binary, 5)) + Boxed.field(binary, 2);
            default -> throw new IllegalArgumentException("not a binary");
        };
    }

    /**
     * The binary's bits packed from bit 0: {@code ceil(bitSize / 8)} bytes, trailing bits
     * in the high end of the last byte and zeros below them (the external format's layout).
     */
    public static byte[] toByteArray(long binary) {
        long bits = bitSize(binary);
        int length = (int) ((bits + 7) >>> 3);
        byte[] out = new byte[length];
        long from = bytesAddress(binary);
        int shift = bitOffset(binary);
        if (shift == 0) {
            NativeMemory.copyOut(from, out, 0, length);
        } else {
            for (int i = 0; i < length; i++) {
                int high = NativeMemory.byteAt(from + i);
                int low = (i * 8L + 8 - shift < bits) ? NativeMemory.byteAt(from + i + 1) : 0;
                out[i] = (byte) ((high << shift) | (low >>> (8 - shift)));
            }
        }
        int tailBits = (int) (bits & 7);
        if (tailBits != 0) {
            out[length - 1] &= (byte) (0xFF << (8 - tailBits));
        }
        return out;
    }

    /** Takes one more reference to an off-heap Binary. */
    public static void retainOffHeap(long offHeap) {
        NativeMemory.getAndAddWord(offHeap, 1);
    }

    /** Drops one reference to an off-heap Binary, freeing it at zero. */
    public static void releaseOffHeap(long offHeap) {
        if (NativeMemory.getAndAddWord(offHeap, -1) == 1) {
            NativeAllocator.free(offHeap);
        }
    }

    /**
     * {@code process_info(P, binary)}'s entry for the refc binary whose header is at
     * {@code node}: {@code {Id, Size, RefCount}}, the id being the off-heap Binary's address
     * (erts gives its address too); null for a node of another kind.
     */
    public static long[] offHeapEntry(long node) {
        if (TermTags.headerSubtag(NativeMemory.word(node)) != TermTags.REFC_BINARY_SUBTAG) {
            return null;
        }
        long offHeap = NativeMemory.wordAt(node, REFC_BINARY_WORD);
        return new long[] {offHeap, NativeMemory.wordAt(offHeap, 1), NativeMemory.word(offHeap)};
    }

    /** The reference count of a refc binary's off-heap Binary (for tests and process_info). */
    public static long offHeapReferences(long refcBinary) {
        return NativeMemory.word(Boxed.field(refcBinary, REFC_BINARY_WORD));
    }
}

package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Bit-level reads from bitstrings, for the bit-syntax matching instructions and the binary
 * BIFs (OTP's {@code erl_bits.c}: {@code erts_bs_get_integer_2}, {@code erts_bs_get_binary_2},
 * {@code erts_copy_bits}). Bits count from the most significant bit of each byte, as Erlang's
 * bit syntax numbers them; a position is relative to the bitstring's first bit.
 */
public final class BitStrings {
    private BitStrings() {}

    /** The bit at {@code position} (0 or 1). */
    public static int bitAt(long bitstring, long position) {
        long bit = Binaries.bitOffset(bitstring) + position;
        int octet = NativeMemory.byteAt(Binaries.bytesAddress(bitstring) + (bit >>> 3)) & 0xFF;
        return (octet >>> (7 - (int) (bit & 7))) & 1;
    }

    /** The byte made of the 8 bits at {@code position}, which may straddle two bytes. */
    public static int byteAt(long bitstring, long position) {
        long bit = Binaries.bitOffset(bitstring) + position;
        long address = Binaries.bytesAddress(bitstring) + (bit >>> 3);
        int shift = (int) (bit & 7);
        int high = NativeMemory.byteAt(address) & 0xFF;
        if (shift == 0) {
            return high;
        }
        int low = NativeMemory.byteAt(address + 1) & 0xFF;
        return ((high << shift) | (low >>> (8 - shift))) & 0xFF;
    }

    /**
     * The {@code count} bits (at most 64) at {@code position} as an unsigned big-endian number.
     * The caller has checked that they lie inside the bitstring.
     */
    public static long readBits(long bitstring, long position, int count) {
        long value = 0;
        int done = 0;
        while (count - done >= 8) {
            value = (value << 8) | byteAt(bitstring, position + done);
            done += 8;
        }
        while (done < count) {
            value = (value << 1) | bitAt(bitstring, position + done);
            done++;
        }
        return value;
    }

    /**
     * {@code count} bits at {@code position} packed from bit 0 into {@code ceil(count / 8)}
     * bytes, the bits after the last whole byte in the high end of the last byte, zeros below.
     */
    public static byte[] extract(long bitstring, long position, long count) {
        int length = Math.toIntExact((count + 7) >>> 3);
        byte[] out = new byte[length];
        long bit = Binaries.bitOffset(bitstring) + position;
        long whole = count >>> 3;
        if ((bit & 7) == 0) {
            NativeMemory.copyOut(Binaries.bytesAddress(bitstring) + (bit >>> 3), out, 0, (int) whole);
        } else {
            for (int i = 0; i < whole; i++) {
                out[i] = (byte) byteAt(bitstring, position + 8L * i);
            }
        }
        int tail = (int) (count & 7);
        if (tail != 0) {
            long tailBits = readBits(bitstring, position + 8 * whole, tail);
            out[length - 1] = (byte) (tailBits << (8 - tail));
        }
        return out;
    }

    /**
     * A sub-binary of {@code count} bits of {@code bitstring} from {@code position}, sharing its
     * bytes (what {@code bs_get_binary2}, {@code bs_get_tail} and {@code binary_part} return).
     */
    public static long slice(HeapAllocator heap, long bitstring, long position, long count) {
        long original = bitstring;
        long offset = position;
        if (Boxed.subtag(bitstring) == TermTags.SUB_BINARY_SUBTAG) {
            original = Boxed.field(bitstring, 5);
            offset += Boxed.field(bitstring, 2) * 8 + Boxed.field(bitstring, 4);
        }
        return Binaries.subBinary(heap, original, offset, count);
    }

    /** A heap or refc binary (or, for a bit count that is not whole bytes, a sub-binary) of packed bits. */
    public static long fromPacked(HeapAllocator heap, byte[] packed, long bits) {
        long binary = Binaries.make(heap, packed);
        if ((bits & 7) == 0 && bits == 8L * packed.length) {
            return binary;
        }
        return Binaries.subBinary(heap, binary, 0, bits);
    }
}

package org.jbeam.vm.term;

import java.math.BigInteger;

/**
 * Writes the segments of a binary under construction into a Java buffer of known size, then
 * makes the term (OTP's {@code erts_new_bs_put_integer}, {@code erts_new_bs_put_binary},
 * {@code erts_new_bs_put_float} in {@code erl_bits.c}). The size is computed first, as
 * {@code bs_create_bin} does, so the buffer never grows.
 */
public final class BitBuilder {
    private final byte[] buffer;
    private final long bits;
    private long position;

    public BitBuilder(long totalBits) {
        this.bits = totalBits;
        this.buffer = new byte[Math.toIntExact((totalBits + 7) >>> 3)];
    }

    public long position() {
        return position;
    }

    /** The size in bits the builder was made for. */
    public long totalBits() {
        return bits;
    }

    /** The low {@code count} bits (0 to 64) of {@code value}, most significant first. */
    public void putBits(long value, int count) {
        for (int done = 0; done < count;) {
            int bitInByte = (int) (position & 7);
            int take = Math.min(8 - bitInByte, count - done);
            int shift = count - done - take;
            int chunk = (int) ((value >>> shift) & ((1 << take) - 1));
            buffer[(int) (position >>> 3)] |= (byte) (chunk << (8 - bitInByte - take));
            position += take;
            done += take;
        }
    }

    /**
     * An integer segment of {@code count} bits: the value taken modulo 2^count (two's
     * complement), big-endian, or little-endian by bytes with the partial byte's low bits last.
     */
    public void putInteger(BigInteger value, long count, boolean little) {
        if (count <= 64 && !little) {
            putBits(value.longValue(), (int) count);
            return;
        }
        int length = Math.toIntExact((count + 7) >>> 3);
        byte[] bigEndian = new byte[length];
        byte[] raw = value.toByteArray();
        byte fill = (byte) (value.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < length; i++) {
            int from = raw.length - length + i;
            bigEndian[i] = from >= 0 ? raw[from] : fill;
        }
        int tail = (int) (count & 7);
        if (little) {
            // Byte i of the little-endian form is bigEndian[length - 1 - i]; the last one
            // holds the value's top (count mod 8) bits in its low end.
            for (int i = 0; i < length; i++) {
                int octet = bigEndian[length - 1 - i] & 0xFF;
                putBits(octet, i == length - 1 && tail != 0 ? tail : 8);
            }
            return;
        }
        // Big-endian: the first byte contributes only its low (count mod 8) bits.
        for (int i = 0; i < length; i++) {
            putBits(bigEndian[i] & 0xFF, i == 0 && tail != 0 ? tail : 8);
        }
    }

    /** {@code count} bits of a bitstring from {@code from}. */
    public void putBitstring(long bitstring, long from, long count) {
        if ((position & 7) == 0 && (count & 7) == 0 && ((Binaries.bitOffset(bitstring) + from) & 7) == 0) {
            byte[] bytes = BitStrings.extract(bitstring, from, count);
            System.arraycopy(bytes, 0, buffer, (int) (position >>> 3), bytes.length);
            position += count;
            return;
        }
        long done = 0;
        while (count - done >= 8) {
            putBits(BitStrings.byteAt(bitstring, from + done), 8);
            done += 8;
        }
        if (done < count) {
            putBits(BitStrings.readBits(bitstring, from + done, (int) (count - done)), (int) (count - done));
        }
    }

    /** Whole bytes. */
    public void putBytes(byte[] bytes) {
        if ((position & 7) == 0) {
            System.arraycopy(bytes, 0, buffer, (int) (position >>> 3), bytes.length);
            position += 8L * bytes.length;
            return;
        }
        for (byte b : bytes) {
            putBits(b & 0xFF, 8);
        }
    }

    /** The buffer written so far (the finished bytes once every segment is in). */
    public byte[] bytes() {
        return buffer;
    }

    /** The finished bitstring on {@code heap}. */
    public long build(org.jbeam.vm.heap.HeapAllocator heap) {
        return BitStrings.fromPacked(heap, buffer, bits);
    }
}

package org.jbeam.vm.etf;

import java.util.Arrays;

import org.jbeam.vm.error.ErlangException;

/** A growable big-endian byte buffer, the encoder's output. */
final class ByteOutput {
    private byte[] bytes = new byte[64];
    private int size;

    int size() {
        return size;
    }

    void write8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void write16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void write32(long value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void write64(long value) {
        write32(value >>> 32);
        write32(value);
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** Overwrites four bytes already written at {@code position}. */
    void patch32(int position, long value) {
        for (int i = 0; i < 4; i++) {
            bytes[position + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        long needed = (long) size + more;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw ErlangException.systemLimit("encoded term exceeds 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8, bytes.length * 2L)));
        }
    }
}

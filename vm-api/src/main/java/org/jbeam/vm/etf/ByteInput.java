package org.jbeam.vm.etf;

import org.jbeam.vm.error.ErlangException;

/**
 * A bounds-checked big-endian reader over part of a byte array. Every read that would pass
 * the end raises {@code badarg}, so malformed input can never index outside the data.
 */
final class ByteInput {
    private final byte[] data;
    private final int end;
    private int position;

    ByteInput(byte[] data, int offset, int length) {
        this.data = data;
        this.position = offset;
        this.end = offset + length;
    }

    byte[] data() {
        return data;
    }

    int position() {
        return position;
    }

    int remaining() {
        return end - position;
    }

    /** Fails unless {@code count} more bytes are present; {@code count} may be huge. */
    void require(long count) {
        if (count < 0 || count > end - position) {
            throw ErlangException.badarg("external term truncated or length field too large");
        }
    }

    /** Advances past {@code count} bytes and returns where they start. */
    int skip(long count) {
        require(count);
        int start = position;
        position += (int) count;
        return start;
    }

    int u8() {
        require(1);
        return data[position++] & 0xFF;
    }

    int u16() {
        require(2);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    /** An unsigned 32-bit field. */
    long u32() {
        require(4);
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (data[position++] & 0xFF);
        }
        return value;
    }

    long u64() {
        long high = u32();
        return (high << 32) | u32();
    }

    int peek() {
        require(1);
        return data[position] & 0xFF;
    }
}

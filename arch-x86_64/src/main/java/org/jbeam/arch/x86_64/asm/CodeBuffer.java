package org.jbeam.arch.x86_64.asm;

import java.util.Arrays;

/** The bytes an {@link Assembler} has emitted so far, in a little-endian buffer that doubles when full. */
final class CodeBuffer {
    private byte[] bytes = new byte[256];
    private int size;

    int position() {
        return size;
    }

    void emit8(int value) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) value;
    }

    void emit32(int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            emit8(value >>> shift);
        }
    }

    void emit64(long value) {
        emit32((int) value);
        emit32((int) (value >>> 32));
    }

    /** A copy of the bytes emitted. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}

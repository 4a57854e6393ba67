package org.jbeam.vm.zlib;

import java.util.Arrays;

/** The last {@code size} bytes written, as zlib's inflate window keeps them for {@code inflateGetDictionary}. */
final class SlidingWindow {
    private final byte[] ring;
    private long written;

    SlidingWindow(int size) {
        ring = new byte[size];
    }

    void add(byte[] data, int length) {
        int from = Math.max(0, length - ring.length);
        for (int i = from; i < length; i++) {
            ring[(int) ((written + i - from) % ring.length)] = data[i];
        }
        written += length - from;
    }

    byte[] contents() {
        int size = (int) Math.min(written, ring.length);
        byte[] out = new byte[size];
        long first = written - size;
        for (int i = 0; i < size; i++) {
            out[i] = ring[(int) ((first + i) % ring.length)];
        }
        return out;
    }

    void clear() {
        Arrays.fill(ring, (byte) 0);
        written = 0;
    }
}

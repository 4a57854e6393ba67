package org.jbeam.vm.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Output a codec has produced and not yet handed to Erlang: {@code deflate_nif}/{@code inflate_nif}
 * give at most their output chunk size per call, the rest waits here for the next call.
 */
final class PendingOutput {
    private byte[] bytes = new byte[0];
    private int start;
    private final ByteArrayOutputStream incoming = new ByteArrayOutputStream();

    void write(byte[] data, int offset, int length) {
        incoming.write(data, offset, length);
    }

    void write(byte[] data) {
        incoming.writeBytes(data);
    }

    boolean isEmpty() {
        return start == bytes.length && incoming.size() == 0;
    }

    /** Takes up to {@code limit} bytes, oldest first. */
    byte[] take(int limit) {
        if (incoming.size() > 0) {
            byte[] rest = Arrays.copyOfRange(bytes, start, bytes.length);
            byte[] more = incoming.toByteArray();
            incoming.reset();
            bytes = Arrays.copyOf(rest, rest.length + more.length);
            System.arraycopy(more, 0, bytes, rest.length, more.length);
            start = 0;
        }
        int length = Math.min(limit, bytes.length - start);
        byte[] taken = Arrays.copyOfRange(bytes, start, start + length);
        start += length;
        return taken;
    }

    void clear() {
        bytes = new byte[0];
        start = 0;
        incoming.reset();
    }
}

package org.jbeam.vm.zlib;

import java.io.ByteArrayOutputStream;

/**
 * Reads a gzip member's header (RFC 1952: magic, method 8, flags, time, XFL, OS, then the
 * optional extra field, name, comment and header CRC the flags announce) a byte at a time, as
 * zlib's {@code inflate} does in gzip mode; it is skipped, not checked beyond its form.
 */
final class GzipHeader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FIXED = 10;

    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    /** Takes bytes from {@code block} until the header is whole; returns how many it took. */
    int feed(byte[] block) {
        int taken = 0;
        while (taken < block.length && !complete()) {
            seen.write(block[taken++]);
            checkMagic();
        }
        return taken;
    }

    boolean complete() {
        return seen.size() >= FIXED && length(seen.toByteArray()) == seen.size();
    }

    void reset() {
        seen.reset();
    }

    private void checkMagic() {
        byte[] b = seen.toByteArray();
        boolean bad = b.length == 1 && b[0] != 0x1f || b.length == 2 && (b[1] & 0xff) != 0x8b
                || b.length == 3 && b[2] != 8;
        if (bad) {
            throw new ZlibFailure("data_error");
        }
    }

    /** The whole header's length when {@code b} holds it all, else a number larger than {@code b}. */
    private static int length(byte[] b) {
        int flags = b[3] & 0xff;
        int at = FIXED;
        if ((flags & FEXTRA) != 0) {
            if (b.length < at + 2) {
                return Integer.MAX_VALUE;
            }
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int field : new int[] {FNAME, FCOMMENT}) {
            if ((flags & field) != 0) {
                at = endOfString(b, at);
            }
        }
        if ((flags & FHCRC) != 0) {
            at += 2;
        }
        return at;
    }

    private static int endOfString(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE - 4;
    }
}

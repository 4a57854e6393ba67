package org.jbeam.vm.etf;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.jbeam.vm.error.ErlangException;

/**
 * The zlib layer of compressed external terms (tag 80): {@code term_to_binary/2} with
 * {@code compressed} deflates everything after the version byte through zlib, and
 * {@code binary_to_term} inflates it back. {@link Deflater} is zlib itself, so the stream
 * is the same one OTP's {@code erl_zlib} produces at the same level.
 */
final class Compression {
    private Compression() {}

    /** The first output buffer while inflating; it grows only as real output arrives. */
    private static final int INITIAL_INFLATE_BYTES = 1 << 16;

    /** A zlib stream (header and Adler-32 included) of the given bytes. */
    static byte[] deflate(byte[] data, int offset, int length, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data, offset, length);
            deflater.finish();
            ByteOutput out = new ByteOutput();
            byte[] chunk = new byte[Math.max(64, Math.min(length + 64, 1 << 16))];
            while (!deflater.finished()) {
                int produced = deflater.deflate(chunk);
                out.write(chunk, 0, produced);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Inflated bytes and how many compressed bytes the zlib stream took. */
    record Inflated(byte[] bytes, int consumed) {}

    /**
     * Inflates one zlib stream that must expand to exactly {@code declaredSize} bytes.
     * Memory grows with the output actually produced, never with the declared size alone,
     * and inflation stops as soon as the output would pass the declared size, so a lying
     * size or a decompression bomb costs at most the declared size.
     *
     * @throws ErlangException {@code badarg} for a corrupt or truncated stream or a size
     *     that does not match
     */
    static Inflated inflate(byte[] data, int offset, int length, long declaredSize) {
        if (declaredSize > Integer.MAX_VALUE - 16) {
            throw ErlangException.badarg("compressed term declares an impossible size");
        }
        int size = (int) declaredSize;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            byte[] buffer = new byte[Math.min(size, INITIAL_INFLATE_BYTES)];
            int filled = 0;
            while (!inflater.finished()) {
                if (filled == buffer.length) {
                    if (filled == size) {
                        requireEndOfStream(inflater);
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(size, buffer.length * 2L));
                }
                int produced = inflater.inflate(buffer, filled, buffer.length - filled);
                filled += produced;
                if (produced == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw ErlangException.badarg("compressed term is truncated");
                }
            }
            if (filled != size) {
                throw ErlangException.badarg("compressed term is shorter than its declared size");
            }
            return new Inflated(buffer, length - inflater.getRemaining());
        } catch (DataFormatException e) {
            throw ErlangException.badarg("compressed term is not a valid zlib stream");
        } finally {
            inflater.end();
        }
    }

    /** With the declared size reached, the stream must end without yielding another byte. */
    private static void requireEndOfStream(Inflater inflater) throws DataFormatException {
        byte[] probe = new byte[1];
        int produced = inflater.inflate(probe);
        if (produced > 0) {
            throw ErlangException.badarg("compressed term is longer than its declared size");
        }
        if (!inflater.finished()) {
            throw ErlangException.badarg("compressed term is truncated");
        }
    }
}

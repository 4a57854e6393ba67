package org.jbeam.vm.zlib;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflating ({@code zlib_nif.c}'s {@code inflateInit_nif}, {@code inflate_nif},
 * {@code inflateSetDictionary_nif}, {@code inflateGetDictionary_nif}) over {@link Inflater}:
 * window bits 8..15 read a zlib stream, -8..-15 a raw one, 16 more a gzip member (header and
 * trailer read here around raw inflating, the trailer's CRC and size checked), 32 more either
 * (told by the first byte). Corrupt data is {@code data_error}.
 *
 * <p>The last window's worth of output is kept for {@code inflateGetDictionary}, which answers
 * with zlib's sliding window.
 */
final class InflateCodec implements Codec {
    private static final int CHUNK = 16384;

    private enum Phase { DETECT, HEADER, BODY, TRAILER, END }

    private final boolean raw;
    private final boolean gzipOnly;
    private final boolean autoDetect;
    private final int windowSize;
    private Inflater inflater;
    private boolean gzip;
    private Phase phase;
    private final GzipHeader header = new GzipHeader();
    private final byte[] trailer = new byte[8];
    private int trailerSeen;
    private final CRC32 outputCrc = new CRC32();
    private final CRC32 memberCrc = new CRC32();
    private long memberSize;
    private final SlidingWindow window;
    private final byte[] buffer = new byte[CHUNK];

    InflateCodec(int windowBits) {
        this.raw = windowBits < 0;
        this.gzipOnly = windowBits >= 16 && windowBits < 32;
        this.autoDetect = windowBits >= 32;
        this.windowSize = 1 << (Math.abs(windowBits) & 15);
        this.window = new SlidingWindow(windowSize);
        start();
    }

    private void start() {
        gzip = gzipOnly;
        phase = autoDetect ? Phase.DETECT : gzip ? Phase.HEADER : Phase.BODY;
        if (inflater != null) {
            inflater.end();
        }
        inflater = autoDetect ? null : new Inflater(raw || gzip);
        header.reset();
        trailerSeen = 0;
        memberCrc.reset();
        memberSize = 0;
    }

    /** Whether the stream has ended ({@code Z_STREAM_END}). */
    boolean ended() {
        return phase == Phase.END;
    }

    @Override
    public boolean run(InputQueue input, long inputLimit, int flush, PendingOutput output) {
        long consumed = 0;
        while (!input.isEmpty() && consumed < inputLimit && phase != Phase.END) {
            byte[] block = input.peek(inputLimit - consumed);
            Phase before = phase;
            int used = switch (phase) {
                case DETECT -> detect(block);
                case HEADER -> readHeader(block);
                case BODY -> inflate(block, output);
                case TRAILER -> readTrailer(block);
                case END -> 0;
            };
            input.skip(used);
            consumed += used;
            if (phase == Phase.BODY && inflater.needsDictionary()) {
                return true;
            }
            if (used == 0 && before == Phase.BODY) {
                break;
            }
        }
        return false;
    }

    private int detect(byte[] block) {
        gzip = block[0] == 0x1f;
        inflater = new Inflater(gzip);
        phase = gzip ? Phase.HEADER : Phase.BODY;
        return 0;
    }

    private int readHeader(byte[] block) {
        int used = header.feed(block);
        if (header.complete()) {
            phase = Phase.BODY;
        }
        return used;
    }

    private int inflate(byte[] block, PendingOutput output) {
        inflater.setInput(block);
        try {
            int produced;
            do {
                produced = inflater.inflate(buffer);
                output.write(buffer, 0, produced);
                outputCrc.update(buffer, 0, produced);
                memberCrc.update(buffer, 0, produced);
                memberSize += produced;
                window.add(buffer, produced);
            } while (produced > 0);
        } catch (DataFormatException e) {
            throw new ZlibFailure("data_error");
        }
        if (inflater.finished()) {
            phase = gzip ? Phase.TRAILER : Phase.END;
        }
        return block.length - inflater.getRemaining();
    }

    private int readTrailer(byte[] block) {
        int used = Math.min(block.length, trailer.length - trailerSeen);
        System.arraycopy(block, 0, trailer, trailerSeen, used);
        trailerSeen += used;
        if (trailerSeen == trailer.length) {
            byte[] expected = new byte[8];
            DeflateCodec.littleEndian(expected, 0, memberCrc.getValue());
            DeflateCodec.littleEndian(expected, 4, memberSize);
            if (!java.util.Arrays.equals(expected, trailer)) {
                throw new ZlibFailure("data_error");
            }
            phase = Phase.END;
        }
        return used;
    }

    /** The Adler-32 of the dictionary the stream asks for ({@code Z_NEED_DICT}'s {@code adler}). */
    long adler() {
        return inflater == null ? 1 : inflater.getAdler();
    }

    /** zlib's {@code inflateSetDictionary}: a wrong dictionary is {@code data_error}, one not asked for {@code stream_error}. */
    void setDictionary(byte[] dictionary) {
        if (inflater == null || gzip || !raw && !inflater.needsDictionary()) {
            throw new ZlibFailure("stream_error");
        }
        try {
            inflater.setDictionary(dictionary);
        } catch (IllegalArgumentException e) {
            throw new ZlibFailure("data_error");
        }
        window.add(dictionary, dictionary.length);
    }

    /** zlib's {@code inflateGetDictionary}: the sliding window's contents. */
    byte[] dictionary() {
        return window.contents();
    }

    @Override
    public long crc32() {
        return raw ? outputCrc.getValue() : 0;
    }

    /** zlib's {@code inflateReset} when {@code reset} meets a following stream (the running CRC stays). */
    void nextStream() {
        start();
        window.clear();
    }

    @Override
    public void reset() {
        nextStream();
        outputCrc.reset();
    }

    @Override
    public void end() {
        if (inflater != null) {
            inflater.end();
        }
    }
}

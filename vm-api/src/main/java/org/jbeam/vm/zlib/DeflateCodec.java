package org.jbeam.vm.zlib;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflating ({@code zlib_nif.c}'s {@code deflateInit_nif}, {@code deflate_nif},
 * {@code deflateParams_nif}, {@code deflateSetDictionary_nif}) over {@link Deflater}, which runs
 * the same zlib: window bits 8..15 give a zlib stream, -8..-15 a raw one, 16 more a gzip one
 * (raw deflate framed here with the header and trailer zlib writes: no name, no time, the
 * level's XFL byte, OS 3).
 *
 * <p>{@link Deflater} always uses a 32K window and memory level 8 (erl's defaults, which
 * {@code compress}, {@code zip} and {@code gzip} use) and knows no {@code rle} strategy (it
 * compresses with the default one instead): other choices give valid streams whose bytes may
 * differ from erl's.
 */
final class DeflateCodec implements Codec {
    private static final int CHUNK = 8192;
    private static final int Z_HUFFMAN_ONLY = 2;

    private final Deflater deflater;
    private final boolean raw;
    private final boolean gzip;
    private final int level;
    private final int strategy;
    private final CRC32 inputCrc = new CRC32();
    private long inputSize;
    private boolean headerWritten;
    private boolean trailerWritten;
    private final byte[] buffer = new byte[CHUNK];

    DeflateCodec(int level, int windowBits, int strategy) {
        this.raw = windowBits < 0;
        this.gzip = windowBits > 15;
        this.level = level == Deflater.DEFAULT_COMPRESSION ? 6 : level;
        this.strategy = strategy;
        this.deflater = new Deflater(level, raw || gzip);
        deflater.setStrategy(javaStrategy(strategy));
    }

    private static int javaStrategy(int zlibStrategy) {
        return zlibStrategy == Deflater.FILTERED || zlibStrategy == Deflater.HUFFMAN_ONLY ? zlibStrategy
                : Deflater.DEFAULT_STRATEGY;
    }

    @Override
    public boolean run(InputQueue input, long inputLimit, int flush, PendingOutput output) {
        writeHeader(output);
        long consumed = 0;
        while (!input.isEmpty() && consumed < inputLimit) {
            byte[] block = input.peek(inputLimit - consumed);
            deflater.setInput(block);
            drain(Deflater.NO_FLUSH, output);
            // With room left for output, zlib takes all the input it is given.
            inputCrc.update(block);
            inputSize += block.length;
            input.skip(block.length);
            consumed += block.length;
        }
        if (input.isEmpty()) {
            deflater.setInput(new byte[0]);
            if (flush == Z_FINISH) {
                deflater.finish();
            }
            drain(javaFlush(flush), output);
            writeTrailer(output);
        }
        return false;
    }

    private static int javaFlush(int flush) {
        return switch (flush) {
            case Z_SYNC_FLUSH -> Deflater.SYNC_FLUSH;
            case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.NO_FLUSH;
        };
    }

    /** Runs zlib until it leaves room in the buffer: it has then taken all input and flushed as asked. */
    private void drain(int mode, PendingOutput output) {
        int produced;
        do {
            produced = deflater.deflate(buffer, 0, buffer.length, mode);
            output.write(buffer, 0, produced);
        } while (produced == buffer.length || mode == Deflater.NO_FLUSH && !deflater.needsInput());
    }

    private void writeHeader(PendingOutput output) {
        if (gzip && !headerWritten) {
            int extraFlags = level == 9 ? 2 : strategy >= Z_HUFFMAN_ONLY || level < 2 ? 4 : 0;
            output.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) extraFlags, 3});
            headerWritten = true;
        }
    }

    private void writeTrailer(PendingOutput output) {
        if (gzip && deflater.finished() && !trailerWritten) {
            byte[] trailer = new byte[8];
            littleEndian(trailer, 0, inputCrc.getValue());
            littleEndian(trailer, 4, inputSize);
            output.write(trailer);
            trailerWritten = true;
        }
    }

    static void littleEndian(byte[] into, int at, long value) {
        for (int i = 0; i < 4; i++) {
            into[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /**
     * zlib's {@code deflateParams} once the stream has been flushed ({@code zlib.erl} flushes
     * with {@code sync} first): zlib applies the parameters at once, with nothing to write.
     */
    void params(int newLevel, int newStrategy, PendingOutput output) {
        deflater.setLevel(newLevel);
        deflater.setStrategy(javaStrategy(newStrategy));
        deflater.setInput(new byte[0]);
        int produced = deflater.deflate(buffer, 0, 1, Deflater.NO_FLUSH);
        if (produced != 0) {
            output.write(buffer, 0, produced);
            throw new ZlibFailure("stream_error");
        }
    }

    /** zlib's {@code deflateSetDictionary}: the dictionary's Adler-32 (gzip streams take none). */
    long setDictionary(byte[] dictionary) {
        if (gzip) {
            throw new ZlibFailure("stream_error");
        }
        deflater.setDictionary(dictionary);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(dictionary);
        return adler.getValue();
    }

    @Override
    public long crc32() {
        return raw ? inputCrc.getValue() : 0;
    }

    @Override
    public void reset() {
        deflater.reset();
        inputCrc.reset();
        inputSize = 0;
        headerWritten = false;
        trailerWritten = false;
    }

    @Override
    public void end() {
        deflater.end();
    }
}

package org.jbeam.vm.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the {@code LitT} chunk ({@code beam_asm}: the uncompressed size, then a zlib
 * stream holding a count and, per literal, a size and the term in external format) into
 * one byte array per literal, as {@code beam_file.c}'s {@code parse_literal_chunk} does
 * before it decodes the terms.
 *
 * <p>The declared uncompressed size is never trusted for allocation beyond what the
 * compressed bytes could expand to (zlib cannot exceed about 1032:1).
 */
final class LiteralChunkReader {
    private static final long ZLIB_MAX_RATIO = 1032;
    private static final long MAX_UNCOMPRESSED = 1L << 30;

    private LiteralChunkReader() {}

    static List<byte[]> read(ChunkReader in) throws BeamLoadException {
        int sizeAt = in.position();
        long declared = in.u32();
        int compressedAt = in.position();
        byte[] compressed = in.rest();
        if (declared > Math.min(MAX_UNCOMPRESSED, compressed.length * ZLIB_MAX_RATIO + 64)) {
            throw in.failAt(sizeAt, "uncompressed literal size " + declared + " is impossible for "
                    + compressed.length + " compressed bytes");
        }
        byte[] table = inflate(in, compressedAt, compressed, (int) declared);
        ChunkReader entries = new ChunkReader(in.file(), in.chunk(), table, 0, table.length);
        try {
            int count = entries.count("literal", 4);
            List<byte[]> literals = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int size = entries.i32();
                literals.add(entries.bytes(size));
            }
            return List.copyOf(literals);
        } catch (BeamLoadException e) {
            throw in.failAt(compressedAt, e.reason() + " at byte " + e.offset() + " of the uncompressed literal table");
        }
    }

    private static byte[] inflate(ChunkReader in, int at, byte[] compressed, int declared) throws BeamLoadException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[declared];
            int filled = 0;
            while (!inflater.finished()) {
                if (filled == out.length) {
                    if (probeMore(inflater)) {
                        throw in.failAt(at, "literal table inflates to more than the declared " + declared + " bytes");
                    }
                    break;
                }
                int n = inflater.inflate(out, filled, out.length - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw in.failAt(at, "literal table zlib stream is truncated");
                }
                filled += n;
            }
            if (filled != out.length) {
                byte[] shorter = new byte[filled];
                System.arraycopy(out, 0, shorter, 0, filled);
                return shorter;
            }
            return out;
        } catch (DataFormatException e) {
            throw in.failAt(at, "literal table is not valid zlib data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** Whether the stream still yields bytes once the declared buffer is full. */
    private static boolean probeMore(Inflater inflater) throws DataFormatException {
        byte[] probe = new byte[1];
        return !inflater.finished() && inflater.inflate(probe) > 0;
    }
}

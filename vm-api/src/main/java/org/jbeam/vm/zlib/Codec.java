package org.jbeam.vm.zlib;

/**
 * One direction of a stream, deflating or inflating. {@link #run} consumes queued input (up to
 * a limit) and leaves everything it produces in the pending output, as one call of
 * {@code zlib_nif.c}'s {@code zlib_flush_queue} does.
 */
sealed interface Codec permits DeflateCodec, InflateCodec {
    /** zlib's flush values, as {@code zlib.erl}'s {@code arg_flush/1} passes them. */
    int Z_NO_FLUSH = 0;
    int Z_SYNC_FLUSH = 2;
    int Z_FULL_FLUSH = 3;
    int Z_FINISH = 4;

    /** Consumes at most {@code inputLimit} queued bytes; returns whether zlib said {@code Z_NEED_DICT}. */
    boolean run(InputQueue input, long inputLimit, int flush, PendingOutput output);

    /** The running CRC-32 {@code zlib:crc32/1} reports (of raw streams' plain text, else 0). */
    long crc32();

    /** zlib's {@code deflateReset}/{@code inflateReset}. */
    void reset();

    /** Frees the native zlib state. */
    void end();
}

package org.jbeam.vm.zlib;

import org.jbeam.vm.heap.HeapFragments;

/**
 * One {@code zlib:open/0} stream ({@code zlib_nif.c}'s {@code zlib_data_t}): its state, the
 * process allowed to use it, its input queue, its codec once initialized, output not yet
 * handed out, the stash term {@code zlib.erl} keeps progress in (copied into fragments the
 * stream owns) and {@code inflateChunk}'s buffer size.
 */
final class ZlibStream {
    enum State { NONE, DEFLATE, INFLATE }

    /** {@code inflate}'s end-of-stream behaviours, as {@code zlib.erl} numbers them. */
    static final int EOS_ERROR = 0;
    static final int EOS_RESET = 1;

    State state = State.NONE;
    long controller;
    int inflateChunkSize = 4000;
    int eosBehavior;
    Codec codec;
    final InputQueue input = new InputQueue();
    final PendingOutput pending = new PendingOutput();
    HeapFragments stashHeap;
    long stashTerm;

    ZlibStream(long controller) {
        this.controller = controller;
    }

    /** {@code zlib_reset_input}: queued input, pending output and the stash go. */
    void resetInput() {
        input.clear();
        pending.clear();
        clearStash();
    }

    void clearStash() {
        if (stashHeap != null) {
            stashHeap.close();
            stashHeap = null;
        }
    }

    /** Ends the codec and forgets everything ({@code zlib_internal_close}). */
    void close() {
        if (codec != null) {
            codec.end();
            codec = null;
        }
        resetInput();
        state = State.NONE;
    }
}

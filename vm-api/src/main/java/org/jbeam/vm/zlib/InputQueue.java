package org.jbeam.vm.zlib;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The bytes queued for a stream and not yet consumed by its codec ({@code zlib_nif.c}'s
 * {@code ErlNifIOQueue}): whole blocks as they were enqueued, the first one partly consumed.
 */
final class InputQueue {
    private final ArrayDeque<byte[]> blocks = new ArrayDeque<>();
    private int headOffset;
    private long size;

    void add(byte[] block) {
        if (block.length > 0) {
            blocks.addLast(block);
            size += block.length;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    long size() {
        return size;
    }

    /** A copy of at most {@code limit} bytes from the front of the first block. */
    byte[] peek(long limit) {
        byte[] head = blocks.getFirst();
        int length = (int) Math.min(limit, head.length - headOffset);
        return Arrays.copyOfRange(head, headOffset, headOffset + length);
    }

    /** Drops {@code count} bytes from the front; they all lie in the first block. */
    void skip(int count) {
        headOffset += count;
        size -= count;
        if (headOffset == blocks.getFirst().length) {
            blocks.removeFirst();
            headOffset = 0;
        }
    }

    void clear() {
        blocks.clear();
        headOffset = 0;
        size = 0;
    }
}

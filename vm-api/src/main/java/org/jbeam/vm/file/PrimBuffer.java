package org.jbeam.vm.file;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;

/**
 * One {@code prim_buffer} (OTP's {@code prim_buffer_nif.c}): a queue of byte blocks written at
 * the back and read from the front, plus the external lock of {@code try_lock/1}. Each write
 * is one block; {@link #head} is the front block as {@code peek_head} sees it.
 */
final class PrimBuffer {
    private final ArrayDeque<byte[]> blocks = new ArrayDeque<>();
    /** Bytes of the front block already read. */
    private int headOffset;
    private long size;
    private boolean locked;

    synchronized long size() {
        return size;
    }

    synchronized void write(byte[] data) {
        if (data.length > 0) {
            blocks.addLast(data);
            size += data.length;
        }
    }

    /** The unread part of the front block; null when the buffer is empty. */
    synchronized byte[] head() {
        byte[] first = blocks.peekFirst();
        return first == null ? null : java.util.Arrays.copyOfRange(first, headOffset, first.length);
    }

    /** The first {@code count} bytes, removed ({@code count <= size()}). */
    synchronized byte[] read(long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) count);
        long left = count;
        while (left > 0) {
            byte[] first = blocks.peekFirst();
            int take = (int) Math.min(left, first.length - headOffset);
            out.write(first, headOffset, take);
            advance(take);
            left -= take;
        }
        return out.toByteArray();
    }

    /** Drops the first {@code count} bytes ({@code count <= size()}). */
    synchronized void skip(long count) {
        long left = count;
        while (left > 0) {
            int take = (int) Math.min(left, blocks.peekFirst().length - headOffset);
            advance(take);
            left -= take;
        }
    }

    private void advance(int count) {
        headOffset += count;
        size -= count;
        if (headOffset == blocks.peekFirst().length) {
            blocks.removeFirst();
            headOffset = 0;
        }
    }

    /** The index of the first {@code needle} byte, or -1. */
    synchronized long indexOf(int needle) {
        long base = 0;
        int from = headOffset;
        for (byte[] block : blocks) {
            for (int i = from; i < block.length; i++) {
                if ((block[i] & 0xFF) == needle) {
                    return base + i - from;
                }
            }
            base += block.length - from;
            from = 0;
        }
        return -1;
    }

    /** Takes the external lock if it is free. */
    synchronized boolean tryLock() {
        if (locked) {
            return false;
        }
        locked = true;
        return true;
    }

    /** Frees the external lock; false when it was not held. */
    synchronized boolean unlock() {
        boolean was = locked;
        locked = false;
        return was;
    }
}

package org.jbeam.vm.term;

import java.util.Arrays;

/**
 * A growable stack of words, the explicit stack (OTP's {@code WSTACK}/{@code ESTACK}) that the
 * term walkers use instead of Java recursion, so that deep lists and nesting cannot overflow
 * the Java stack.
 */
final class TermStack {
    private long[] words = new long[32];
    private int size;

    void push(long word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = word;
    }

    long pop() {
        return words[--size];
    }

    boolean isEmpty() {
        return size == 0;
    }
}

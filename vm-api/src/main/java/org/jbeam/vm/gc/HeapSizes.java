package org.jbeam.vm.gc;

import java.util.Arrays;

/**
 * The sizes a process heap may have, after OTP's {@code heap_sizes} table ({@code erl_gc.c},
 * {@code erts_init_gc}): a Fibonacci-like series from {@link #MIN_HEAP_WORDS} (each size the sum
 * of the two before it, plus one) up to about a million words, then growth by a fifth each step.
 * A heap is always given one of these sizes, so a process that needs a little more than its
 * heap does not collect again right away.
 *
 * <p>The first two sizes (233 and 376) are OTP's default minimum heap and its successor; the
 * table is an approximation of OTP's, not a copy of every entry.
 */
public final class HeapSizes {
    /** OTP's default {@code min_heap_size}, in words. */
    public static final long MIN_HEAP_WORDS = 233;
    private static final long FIBONACCI_LIMIT = 1L << 20;
    private static final long[] SIZES = buildTable();

    private HeapSizes() {}

    private static long[] buildTable() {
        long[] sizes = new long[128];
        sizes[0] = MIN_HEAP_WORDS;
        sizes[1] = 376;
        int count = 2;
        while (sizes[count - 1] < FIBONACCI_LIMIT) {
            sizes[count] = sizes[count - 1] + sizes[count - 2] + 1;
            count++;
        }
        // Past a million words, Fibonacci steps would waste too much: grow by 20% instead.
        while (count < sizes.length && sizes[count - 1] < Long.MAX_VALUE / 2) {
            sizes[count] = sizes[count - 1] + sizes[count - 1] / 5;
            count++;
        }
        return Arrays.copyOf(sizes, count);
    }

    /** The smallest table size that holds {@code words} words. */
    public static long atLeast(long words) {
        for (long size : SIZES) {
            if (size >= words) {
                return size;
            }
        }
        return words;
    }

    /**
     * The size a heap of {@code currentWords} should take after a collection left {@code liveWords}
     * live and the process needs {@code needWords} more. Grown when more than three quarters
     * would be used (else the next collection would come too soon and copy nearly as much
     * again), as OTP's {@code erts_garbage_collect_nobump} does; shrunk when at most a quarter
     * would be used, keeping room for twice the live data, as its {@code shrink_new_heap}
     * does; kept otherwise.
     */
    public static long afterCollection(long currentWords, long liveWords, long needWords) {
        long wanted = liveWords + needWords;
        if (wanted * 4 > currentWords * 3) {
            return atLeast(currentWords + wanted);
        }
        if (currentWords > 3000 && wanted * 4 < currentWords) {
            return Math.max(MIN_HEAP_WORDS, atLeast(wanted * 2));
        }
        return currentWords;
    }
}

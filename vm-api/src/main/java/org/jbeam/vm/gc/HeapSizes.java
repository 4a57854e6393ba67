package org.jbeam.vm.gc;

import java.util.Arrays;

/**
 * The sizes a process heap may have: OTP's {@code heap_sizes} table ({@code erl_gc.c},
 * {@code erts_init_gc}), 12 and 38, then each size the sum of the two before it plus one up to
 * the 23rd, then growth by a fifth each step. A heap is always given one of these sizes, so a
 * process that needs a little more than its heap does not collect again right away; erl rounds
 * a requested {@code min_heap_size} or {@code min_bin_vheap_size} up to one of them too.
 */
public final class HeapSizes {
    /** OTP's default and least {@code min_heap_size} ({@code H_MIN_SIZE}), in words. */
    public static final long MIN_HEAP_WORDS = 233;
    /** OTP's default and least {@code min_bin_vheap_size} ({@code BIN_VH_MIN_SIZE}), in words. */
    public static final long MIN_BIN_VHEAP_WORDS = 46422;
    private static final int FIBONACCI_SIZES = 23;
    private static final long[] SIZES = buildTable();

    private HeapSizes() {}

    private static long[] buildTable() {
        long[] sizes = new long[160];
        sizes[0] = 12;
        sizes[1] = 38;
        int count = 2;
        while (count < sizes.length && sizes[count - 1] < Long.MAX_VALUE / 2) {
            // Past the Fibonacci-like steps (about a million words) those would waste too much.
            sizes[count] = count < FIBONACCI_SIZES ? sizes[count - 1] + sizes[count - 2] + 1
                    : sizes[count - 1] + sizes[count - 1] / 5;
            count++;
        }
        return Arrays.copyOf(sizes, count);
    }

    /** The smallest size of the table not below {@code words} ({@code erts_next_heap_size}). */
    public static long next(long words) {
        for (long size : SIZES) {
            if (size >= words) {
                return size;
            }
        }
        return words;
    }

    /** The smallest heap size that holds {@code words} words: a table size, never below {@link #MIN_HEAP_WORDS}. */
    public static long atLeast(long words) {
        return next(Math.max(words, MIN_HEAP_WORDS));
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

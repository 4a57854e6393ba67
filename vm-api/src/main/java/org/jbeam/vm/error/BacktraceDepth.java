package org.jbeam.vm.error;

import org.jbeam.vm.term.TermTags;

/**
 * How many entries a stack trace keeps, one setting per VM whichever tier raises
 * ({@code erlang:system_flag(backtrace_depth, N)}, erl_bif_info.c: the old depth back, the new
 * one clamped to {@code MAX_BACKTRACE_SIZE}). Any scheduler thread may read or change it.
 */
public final class BacktraceDepth {
    /** OTP's {@code MAX_BACKTRACE_SIZE}. */
    public static final int MAX = 64;
    /** OTP's {@code DEFAULT_BACKTRACE_SIZE}. */
    public static final int DEFAULT = 8;

    private volatile int depth = DEFAULT;

    /** The current depth, 0 to {@link #MAX}. */
    public int get() {
        return depth;
    }

    /**
     * Sets the depth from the term {@code value} and returns the old depth.
     *
     * @throws ErlangException {@code badarg} when {@code value} is not a non-negative small integer
     */
    public synchronized int set(long value) {
        if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 0) {
            throw ErlangException.badarg("backtrace_depth must be a non-negative integer");
        }
        int old = depth;
        depth = (int) Math.min(MAX, TermTags.smallValue(value));
        return old;
    }
}

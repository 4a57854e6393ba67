package org.jbeam.tier.template.entry;

/**
 * Why generated code left through the exit sequence: the low byte of the status word
 * ({@link ExitStatus}). Zero is no reason, so a status register generated code forgot to set
 * is caught rather than taken for one.
 */
public enum ExitReason {
    /** The code ran to its end; its result is in X0. */
    RETURNED(1),
    /** The reductions ran out; the context's resume address is where to continue next slice. */
    YIELDED(2),
    /**
     * The code needs a helper in Java (the escape hatch): the status argument names the helper,
     * its arguments are in X registers and the context's argument words; Java runs it, writes
     * results to the argument words and re-enters at the resume address.
     */
    CALL_HELPER(3);

    private final int code;

    ExitReason(int code) {
        this.code = code;
    }

    /** The reason's number in the status word's low byte. */
    public int code() {
        return code;
    }
}

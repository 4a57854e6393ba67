package org.jbeam.tier.template.ops;

/** The comparison tests: each continues when it holds and jumps to the fail label otherwise. */
public enum Comparison {
    EQ_EXACT, NE_EXACT, EQ, NE, LT, GE;

    /** {@link #values()} copies its array at every call; helpers decode one per call. */
    private static final Comparison[] ALL = values();

    /** Its number in a comparison helper call. */
    public int code() {
        return ordinal();
    }

    public static Comparison of(int code) {
        return ALL[code];
    }
}

package org.jbeam.tier.template.ops;

/** The errors instructions raise themselves ({@code badmatch}, {@code case_end}, {@code try_case_end}, ...). */
public enum ErrorKind {
    BADMATCH, CASE_END, IF_END, BADRECORD, FUNCTION_CLAUSE, TRY_CLAUSE, BADARITH;

    /** {@link #values()} copies its array at every call; helpers decode one per call. */
    private static final ErrorKind[] ALL = values();

    public int code() {
        return ordinal();
    }

    public static ErrorKind of(int code) {
        return ALL[code];
    }
}

package org.jbeam.tier.template.ops;

/** The errors instructions raise themselves ({@code badmatch}, {@code case_end}, {@code try_case_end}, ...). */
public enum ErrorKind {
    BADMATCH, CASE_END, IF_END, BADRECORD, FUNCTION_CLAUSE, TRY_CLAUSE, BADARITH;

    public int code() {
        return ordinal();
    }

    public static ErrorKind of(int code) {
        return values()[code];
    }
}

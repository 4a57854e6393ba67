package org.jbeam.tier.template.entry;

/**
 * The status word {@code enter(context, address)} returns: {@code argument << 8 | reason}, an
 * {@link ExitReason} in the low byte and an unsigned argument of up to 23 bits above it (a
 * helper's number), so that generated code sets it with one 32-bit immediate move.
 */
public final class ExitStatus {
    /** The largest argument a status word carries. */
    public static final int MAX_ARGUMENT = (1 << 23) - 1;

    private static final ExitReason[] BY_CODE = byCode();

    private ExitStatus() {}

    /** The status word for {@code reason} with {@code argument}. */
    public static int of(ExitReason reason, int argument) {
        if (argument < 0 || argument > MAX_ARGUMENT) {
            throw new IllegalArgumentException("status argument " + argument + " is outside 0.." + MAX_ARGUMENT);
        }
        return argument << 8 | reason.code();
    }

    /** The status word for {@code reason} without an argument. */
    public static int of(ExitReason reason) {
        return of(reason, 0);
    }

    /**
     * The reason of a status word.
     *
     * @throws IllegalStateException if the word is no status generated code leaves with
     */
    public static ExitReason reason(long status) {
        int code = (int) (status & 0xFF);
        if (status >>> 31 != 0 || code >= BY_CODE.length || BY_CODE[code] == null) {
            throw new IllegalStateException("generated code left with an unknown status 0x" + Long.toHexString(status));
        }
        return BY_CODE[code];
    }

    /** The argument of a status word. */
    public static int argument(long status) {
        return (int) (status >>> 8);
    }

    private static ExitReason[] byCode() {
        int highest = 0;
        for (ExitReason reason : ExitReason.values()) {
            highest = Math.max(highest, reason.code());
        }
        ExitReason[] table = new ExitReason[highest + 1];
        for (ExitReason reason : ExitReason.values()) {
            table[reason.code()] = reason;
        }
        return table;
    }
}

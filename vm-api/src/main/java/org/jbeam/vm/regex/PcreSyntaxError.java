package org.jbeam.vm.regex;

/**
 * A pattern PCRE rejects: its message (PCRE 8.44's own text, which {@code re:compile} returns
 * as {@code {error, {Message, Offset}}}) and the byte offset in the pattern where PCRE stops.
 */
public final class PcreSyntaxError extends Exception {
    private final int offset;

    PcreSyntaxError(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** The byte offset into the pattern that PCRE reports. */
    public int offset() {
        return offset;
    }
}

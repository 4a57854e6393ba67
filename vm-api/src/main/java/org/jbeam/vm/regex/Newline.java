package org.jbeam.vm.regex;

/**
 * PCRE's newline conventions ({@code {newline, NL}}; LF is OTP's default). Each gives the
 * java.util.regex text the translation uses for "a newline here", "the character(s) a newline
 * ends with" and "any character but a newline".
 */
enum Newline {
    LF("\\n", "(?<=\\n)", "[^\\n]"),
    CR("\\r", "(?<=\\r)", "[^\\r]"),
    CRLF("\\r\\n", "(?<=\\r\\n)", "(?:(?!\\r\\n)[\\x{0}-\\x{10FFFF}])"),
    ANYCRLF("(?:\\r\\n|\\r|\\n)", "(?<=[\\r\\n])", "[^\\r\\n]"),
    ANY("(?:\\r\\n|[\\n\\x{0B}\\f\\r\\x{85}\\x{2028}\\x{2029}])", "(?<=[\\n\\x{0B}\\f\\r\\x{85}\\x{2028}\\x{2029}])",
            "[^\\n\\x{0B}\\f\\r\\x{85}\\x{2028}\\x{2029}]");

    /** One newline sequence, as a single Java regex atom. */
    final String newline;
    /** A zero-width test that the position follows a newline. */
    final String after;
    /** One character that is not (the start of) a newline. */
    final String notNewline;

    Newline(String newline, String after, String notNewline) {
        this.newline = newline;
        this.after = after;
        this.notNewline = notNewline;
    }

    /** Whether re.erl's global loop must step over a CRLF pair as one (erl's {@code UseCRLF}). */
    boolean usesCrlf() {
        return this == CRLF || this == ANYCRLF || this == ANY;
    }
}

package org.jbeam.vm.regex;

/**
 * The compile-time options of a pattern ({@code re:compile/2}'s list, or the compile part of
 * {@code re:run/3}'s): the PCRE flags, the newline convention and what {@code \R} matches.
 */
record CompileOptions(int flags, Newline newline, boolean bsrAnyCrlf) {
    static final int CASELESS = 1;
    static final int MULTILINE = 1 << 1;
    static final int DOTALL = 1 << 2;
    static final int EXTENDED = 1 << 3;
    static final int ANCHORED = 1 << 4;
    static final int DOLLAR_ENDONLY = 1 << 5;
    static final int UNGREEDY = 1 << 6;
    static final int FIRSTLINE = 1 << 7;
    static final int NO_AUTO_CAPTURE = 1 << 8;
    static final int DUPNAMES = 1 << 9;
    static final int UCP = 1 << 10;
    static final int UNICODE = 1 << 11;
    static final int NEVER_UTF = 1 << 12;
    static final int NO_START_OPTIMIZE = 1 << 13;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean unicode() {
        return has(UNICODE);
    }
}

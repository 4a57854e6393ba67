package org.jbeam.vm.regex;

/**
 * PCRE's POSIX classes and {@code \w} as OTP builds PCRE: its character tables are generated
 * in an ISO-8859-1 locale, so for code points 128..255 (in latin-1 and in unicode mode, unless
 * {@code ucp}) the letters, punctuation and control characters of latin-1 count, as
 * {@code isalpha()} and friends say there; java.util.regex's ASCII classes get those ranges
 * added. With {@code ucp} the Java classes are Unicode's ({@code UNICODE_CHARACTER_CLASS}).
 */
final class Latin1Classes {
    private static final String LETTERS = "\\x{AA}\\x{B5}\\x{BA}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}";

    private Latin1Classes() {}

    /**
     * The class items (to go inside {@code [...]}) of POSIX class {@code name}, or null when
     * unknown. With {@code caseless}, PCRE takes {@code upper} and {@code lower} as
     * {@code alpha} (the caller then matches the items without case folding).
     */
    static String posix(String name, boolean ucp, boolean caseless) {
        if (caseless && (name.equals("upper") || name.equals("lower"))) {
            return posix("alpha", ucp, false);
        }
        String[] item = switch (name) {
            case "alpha" -> new String[] {"\\p{Alpha}", LETTERS};
            case "lower" -> new String[] {"\\p{Lower}", "\\x{AA}\\x{B5}\\x{BA}\\x{DF}-\\x{F6}\\x{F8}-\\x{FF}"};
            case "upper" -> new String[] {"\\p{Upper}", "\\x{C0}-\\x{D6}\\x{D8}-\\x{DE}"};
            case "alnum" -> new String[] {"\\p{Alnum}", LETTERS};
            case "word" -> new String[] {"\\w", LETTERS};
            case "punct" -> new String[] {"\\p{Punct}",
                "\\x{A0}-\\x{A9}\\x{AB}-\\x{B4}\\x{B6}-\\x{B9}\\x{BB}-\\x{BF}\\x{D7}\\x{F7}"};
            case "graph" -> new String[] {"\\p{Graph}", "\\x{A0}-\\x{FF}"};
            case "print" -> new String[] {"\\p{Print}", "\\x{A0}-\\x{FF}"};
            case "cntrl" -> new String[] {"\\p{Cntrl}", "\\x{80}-\\x{9F}"};
            case "ascii" -> new String[] {"\\p{ASCII}", ""};
            case "blank" -> new String[] {"\\p{Blank}", ""};
            case "digit" -> new String[] {"\\p{Digit}", ""};
            case "space" -> new String[] {"\\p{Space}", ""};
            case "xdigit" -> new String[] {"\\p{XDigit}", ""};
            default -> null;
        };
        if (item == null) {
            return null;
        }
        return ucp ? item[0] : item[0] + item[1];
    }
}

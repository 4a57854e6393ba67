package org.jbeam.vm.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses a PCRE 8.44 pattern (as OTP's {@code re} compiles it) and writes the java.util.regex
 * pattern that matches the same way. Constructs whose meaning differs between the two engines
 * are written out explicitly: {@code . ^ $ \Z \R \N} follow the newline convention and the
 * {@code dotall}/{@code multiline}/{@code dollar_endonly} flags (and {@code notbol}/{@code
 * noteol}); extended mode and ungreedy quantifiers are resolved here; literals are written as
 * {@code \x{..}} so PCRE's and Java's different rules for metacharacters never meet; group
 * names become numbers. PCRE's compile errors are raised with PCRE's message and position, and
 * constructs Java cannot run raise {@link UnsupportedPcreFeature}.
 *
 * <p>The parse runs twice: the first pass only learns the group names, so that the second can
 * resolve references to groups named later in the pattern, as PCRE does.
 */
final class PcreTranslator {
    /** The width of a construct whose length varies (PCRE refuses it in a lookbehind). */
    private static final int VARIABLE = -1;
    private static final int MAX_QUANTIFIER = 65535;

    private static final int F_CASELESS = 1;
    private static final int F_MULTILINE = 2;
    private static final int F_DOTALL = 4;
    private static final int F_EXTENDED = 8;
    private static final int F_UNGREEDY = 16;
    private static final int F_DUPNAMES = 32;

    private final int[] cps;
    private final int n;
    private final CompileOptions options;
    private final boolean notbol;
    private final boolean noteol;
    /** Names learnt by the first pass; null during the first pass itself. */
    private final Map<String, List<Integer>> knownNames;
    /** How many helper groups the Java pattern opens before the pattern's own. */
    private final int javaShift;
    private final StringBuilder out = new StringBuilder();
    private final TreeMap<String, List<Integer>> names = new TreeMap<>();
    /** Groups inside negative lookarounds. */
    private final List<Integer> neverSet = new ArrayList<>();
    private int pos;
    private int flags;
    private int groupCount;
    private int highestBackReference;
    private boolean quoting;
    /** {@code 'w'} or {@code 'W'} when the atom just parsed is that escape (see {@link #utf8RepeatedWordType}). */
    private int lastWordType;
    private int lastWordTypeStart;

    /** What one parsed item contributes: its fixed width (or {@link #VARIABLE}) and what a quantifier after it does. */
    private record Atom(int width, Kind kind) {
        Atom(int width, boolean quantifiable) {
            this(width, quantifiable ? Kind.REPEATABLE : Kind.FIXED);
        }
    }

    /**
     * Whether a quantifier may follow an item: it repeats a character or group; PCRE accepts one
     * after a lookaround (at most once: optional when its minimum is 0); after an anchor or an
     * option setting it is "nothing to repeat".
     */
    private enum Kind { REPEATABLE, ASSERTION, FIXED }

    private PcreTranslator(int[] cps, CompileOptions options, boolean notbol, boolean noteol,
            Map<String, List<Integer>> knownNames, int javaShift) {
        this.javaShift = javaShift;
        this.cps = cps;
        this.n = cps.length;
        this.options = options;
        this.notbol = notbol;
        this.noteol = noteol;
        this.knownNames = knownNames;
        flags = (options.has(CompileOptions.CASELESS) ? F_CASELESS : 0)
                | (options.has(CompileOptions.MULTILINE) ? F_MULTILINE : 0)
                | (options.has(CompileOptions.DOTALL) ? F_DOTALL : 0)
                | (options.has(CompileOptions.EXTENDED) ? F_EXTENDED : 0)
                | (options.has(CompileOptions.UNGREEDY) ? F_UNGREEDY : 0)
                | (options.has(CompileOptions.DUPNAMES) ? F_DUPNAMES : 0);
    }

    /**
     * Translates {@code pattern} (code points; errors are reported at code point indices). With
     * {@code notEmptyCheck}, the Java pattern opens with a helper group ({@code javaShift} 1)
     * that lets the caller refuse empty matches as PCRE's {@code notempty} does.
     */
    static Translation translate(int[] pattern, CompileOptions options, boolean notbol, boolean noteol,
            NotEmpty notEmpty) throws PcreSyntaxError {
        int shift = notEmpty == NotEmpty.ALLOWED ? 0 : 1;
        PcreTranslator first = new PcreTranslator(pattern, options, notbol, noteol, null, shift);
        first.run();
        PcreTranslator second = new PcreTranslator(pattern, options, notbol, noteol, first.names, shift);
        second.run();
        String body = second.out.toString();
        String rest = "(?<jbeamrest>[\\x{0}-\\x{10FFFF}]*)";
        String regex = switch (notEmpty) {
            case ALLOWED -> body;
            case NOWHERE -> "(?=" + rest + ")(?:" + body + ")(?!\\k<jbeamrest>\\z)";
            case NOT_AT_START -> "(?:\\G(?=" + rest + "))?+(?:" + body + ")(?!\\k<jbeamrest>\\z)";
        };
        return new Translation(regex, second.groupCount, second.names, shift,
                second.neverSet.stream().mapToInt(Integer::intValue).toArray());
    }

    /** PCRE's {@code notempty} and {@code notempty_atstart}. */
    enum NotEmpty { ALLOWED, NOWHERE, NOT_AT_START }

    private void run() throws PcreSyntaxError {
        parseAlternatives();
        if (pos < n) {
            throw new PcreSyntaxError("unmatched parentheses", pos);
        }
        if (highestBackReference > groupCount) {
            throw new PcreSyntaxError("reference to non-existent subpattern", n);
        }
    }

    /** Alternatives up to a {@code )} or the end; returns their common width, or VARIABLE. */
    private int parseAlternatives() throws PcreSyntaxError {
        int[] width = {parseSequence()};
        boolean allFixed = width[0] != VARIABLE;
        while (pos < n && cps[pos] == '|') {
            pos++;
            out.append('|');
            int next = parseSequence();
            allFixed &= next != VARIABLE;
            if (next != width[0]) {
                width[0] = VARIABLE;
            }
        }
        lastAlternativesFixed = allFixed;
        return width[0];
    }

    /** Whether every alternative of the last {@link #parseAlternatives} had a fixed width. */
    private boolean lastAlternativesFixed;

    private int parseSequence() throws PcreSyntaxError {
        int width = 0;
        while (true) {
            skipIgnorable();
            if (pos >= n) {
                return width;
            }
            int c = cps[pos];
            if (!quoting && (c == '|' || c == ')')) {
                return width;
            }
            if (!quoting && atQuantifier()) {
                throw new PcreSyntaxError("nothing to repeat", quantifierEnd());
            }
            int atomStart = out.length();
            boolean escape = !quoting && c == '\\';
            Atom atom = parseAtom();
            if (!escape) {
                // A group's inner \w must not count as the group itself.
                lastWordType = 0;
            }
            if (atom == null) {
                continue;
            }
            int atomWidth = atom.width();
            skipIgnorable();
            if (!quoting && pos < n && atQuantifier()) {
                if (atom.kind() == Kind.FIXED) {
                    throw new PcreSyntaxError("nothing to repeat", quantifierEnd());
                }
                atomWidth = atom.kind() == Kind.ASSERTION ? quantifiedAssertion(atomStart) : parseQuantifier(atomWidth);
                skipIgnorable();
                if (!quoting && pos < n && atQuantifier()) {
                    throw new PcreSyntaxError("nothing to repeat", quantifierEnd());
                }
            }
            width = width == VARIABLE || atomWidth == VARIABLE ? VARIABLE : width + atomWidth;
        }
    }

    /** Skips what PCRE ignores between items: {@code (?#...)} comments, and in extended mode white space and {@code #} comments. */
    private void skipIgnorable() throws PcreSyntaxError {
        while (pos < n && !quoting) {
            int c = cps[pos];
            if ((flags & F_EXTENDED) != 0 && (c == ' ' || (c >= 9 && c <= 13))) {
                pos++;
            } else if ((flags & F_EXTENDED) != 0 && c == '#') {
                while (pos < n && cps[pos] != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < n && cps[pos + 1] == 'E') {
                pos += 2;
            } else if (c == '\\' && pos + 3 < n && cps[pos + 1] == 'Q' && cps[pos + 2] == '\\' && cps[pos + 3] == 'E') {
                pos += 4;
            } else if (c == '(' && pos + 2 < n && cps[pos + 1] == '?' && cps[pos + 2] == '#') {
                while (pos < n && cps[pos] != ')') {
                    pos++;
                }
                if (pos >= n) {
                    throw new PcreSyntaxError("missing ) after comment", n);
                }
                pos++;
            } else {
                return;
            }
        }
    }

    private Atom parseAtom() throws PcreSyntaxError {
        int c = cps[pos];
        if (quoting) {
            if (c == '\\' && pos + 1 < n && cps[pos + 1] == 'E') {
                quoting = false;
                pos += 2;
                return null;
            }
            pos++;
            literal(out, c);
            if (pos + 1 < n && cps[pos] == '\\' && cps[pos + 1] == 'E') {
                // A quantifier after \E repeats the last quoted character.
                quoting = false;
                pos += 2;
            }
            return new Atom(1, true);
        }
        return switch (c) {
            case '(' -> parseGroup();
            case '[' -> parseClass();
            case '\\' -> parseEscape();
            case '.' -> {
                pos++;
                out.append((flags & F_DOTALL) != 0 ? "[\\x{0}-\\x{10FFFF}]" : options.newline().notNewline);
                yield new Atom(1, true);
            }
            case '^' -> {
                pos++;
                circumflex();
                yield new Atom(0, false);
            }
            case '$' -> {
                pos++;
                dollar();
                yield new Atom(0, false);
            }
            default -> {
                pos++;
                literal(out, c);
                yield new Atom(1, true);
            }
        };
    }

    private void circumflex() {
        String start = notbol ? "(?!)" : "\\A";
        if ((flags & F_MULTILINE) != 0) {
            out.append("(?:").append(start).append('|').append(options.newline().after).append("(?!\\z))");
        } else {
            out.append(start);
        }
    }

    private void dollar() {
        String newline = "(?:" + options.newline().newline + ")";
        if ((flags & F_MULTILINE) != 0) {
            out.append(noteol ? "(?=" + newline + ")" : "(?=" + newline + "|\\z)");
        } else if (noteol) {
            out.append("(?!)");
        } else if (options.has(CompileOptions.DOLLAR_ENDONLY)) {
            out.append("\\z");
        } else {
            out.append("(?=").append(newline).append("?\\z)");
        }
    }

    // ---- groups

    private Atom parseGroup() throws PcreSyntaxError {
        pos++;
        if (pos < n && cps[pos] == '*' && pos + 1 < n && (Character.isUpperCase(cps[pos + 1]) || cps[pos + 1] == ':')) {
            throw new UnsupportedPcreFeature("backtracking control verbs and start-of-pattern settings (*...)");
        }
        if (pos < n && cps[pos] == '?') {
            pos++;
            return parseExtendedGroup();
        }
        if ((options.flags() & CompileOptions.NO_AUTO_CAPTURE) != 0) {
            return groupBody("(?:", false, false);
        }
        int number = ++groupCount;
        return groupBody("(", false, false);
    }

    private Atom parseExtendedGroup() throws PcreSyntaxError {
        if (pos >= n) {
            throw new PcreSyntaxError("unrecognized character after (? or (?-", pos);
        }
        int c = cps[pos];
        switch (c) {
            case ':' -> {
                pos++;
                return groupBody("(?:", false, false);
            }
            case '>' -> {
                pos++;
                return groupBody("(?>", false, false);
            }
            case '=', '!' -> {
                pos++;
                return c == '=' ? groupBody("(?=", true, false) : negativeAssertion("(?!", false);
            }
            case '<' -> {
                if (pos + 1 < n && (cps[pos + 1] == '=' || cps[pos + 1] == '!')) {
                    pos += 2;
                    return cps[pos - 1] == '=' ? groupBody("(?<=", true, true) : negativeAssertion("(?<!", true);
                }
                pos++;
                if (pos >= n || !(Character.isLetterOrDigit(cps[pos]) && cps[pos] < 128 || cps[pos] == '_')) {
                    throw new PcreSyntaxError("unrecognized character after (?<", pos);
                }
                return namedGroup('>');
            }
            case '\'' -> {
                pos++;
                return namedGroup('\'');
            }
            case 'P' -> {
                return pythonGroup();
            }
            case '|' -> throw new UnsupportedPcreFeature("branch reset groups (?|...)");
            case '(' -> throw new UnsupportedPcreFeature("conditional groups (?(...)...)");
            case 'C' -> {
                return callout();
            }
            case 'R', '&', '+' -> throw new UnsupportedPcreFeature("recursion and subroutine calls");
            default -> {
                if (c >= '0' && c <= '9' || c == '-' && pos + 1 < n && cps[pos + 1] >= '0' && cps[pos + 1] <= '9') {
                    throw new UnsupportedPcreFeature("recursion and subroutine calls");
                }
                return optionSetting();
            }
        }
    }

    /** {@code (?C)} or {@code (?Cn)}: erl sets no callout function, so PCRE passes over it. */
    private Atom callout() throws PcreSyntaxError {
        pos++;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
        }
        if (pos >= n || cps[pos] != ')') {
            throw new PcreSyntaxError("closing ) for (?C expected", pos);
        }
        pos++;
        return null;
    }

    /** {@code (?P<name>...)}, {@code (?P=name)} and {@code (?P>name)}. */
    private Atom pythonGroup() throws PcreSyntaxError {
        pos++;
        int c = pos < n ? cps[pos] : -1;
        if (c == '<') {
            pos++;
            return namedGroup('>');
        }
        if (c == '=') {
            pos++;
            String name = name(')', true);
            return namedBackReference(name);
        }
        if (c == '>') {
            throw new UnsupportedPcreFeature("recursion and subroutine calls");
        }
        throw new PcreSyntaxError("unrecognized character after (?P", pos);
    }

    private Atom namedGroup(int terminator) throws PcreSyntaxError {
        String name = name(terminator, false);
        int number = ++groupCount;
        List<Integer> numbers = names.computeIfAbsent(name, k -> new ArrayList<>());
        if (!numbers.isEmpty() && (flags & F_DUPNAMES) == 0) {
            throw new PcreSyntaxError("two named subpatterns have the same name", pos - 1);
        }
        numbers.add(number);
        return groupBody("(", false, false);
    }

    /** A group name up to {@code terminator} (consumed); a {@code reference} must not be empty. */
    private String name(int terminator, boolean reference) throws PcreSyntaxError {
        int start = pos;
        if (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            throw new PcreSyntaxError("group name must start with a non-digit", pos);
        }
        while (pos < n && (Character.isLetterOrDigit(cps[pos]) && cps[pos] < 128 || cps[pos] == '_')) {
            pos++;
        }
        if (pos == start && reference) {
            throw new PcreSyntaxError("subpattern name expected", pos);
        }
        if (pos >= n || cps[pos] != terminator) {
            throw new PcreSyntaxError("syntax error in subpattern name (missing terminator)", pos);
        }
        if (pos - start > 32) {
            throw new PcreSyntaxError("name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)", pos);
        }
        String name = new String(cps, start, pos - start);
        pos++;
        return name;
    }

    /** {@code (?imsxUJX-imsxUJX)} for the rest of the group, or {@code (?imsx-imsx:...)}. */
    private Atom optionSetting() throws PcreSyntaxError {
        int set = 0;
        int unset = 0;
        boolean negative = false;
        while (pos < n && cps[pos] != ')' && cps[pos] != ':') {
            int bit = switch (cps[pos]) {
                case 'i' -> F_CASELESS;
                case 'm' -> F_MULTILINE;
                case 's' -> F_DOTALL;
                case 'x' -> F_EXTENDED;
                case 'U' -> F_UNGREEDY;
                case 'J' -> F_DUPNAMES;
                case 'X' -> 0;
                case '-' -> {
                    if (negative) {
                        throw new PcreSyntaxError("unrecognized character after (? or (?-", pos);
                    }
                    negative = true;
                    yield 0;
                }
                default -> throw new PcreSyntaxError("unrecognized character after (? or (?-", pos);
            };
            if (negative) {
                unset |= bit;
            } else {
                set |= bit;
            }
            pos++;
        }
        if (pos >= n) {
            throw new PcreSyntaxError("unrecognized character after (? or (?-", pos);
        }
        int newFlags = (flags | set) & ~unset;
        String javaCase = (newFlags & F_CASELESS) != 0 ? "i" : "-i";
        if (cps[pos] == ')') {
            pos++;
            flags = newFlags;
            out.append("(?").append(javaCase).append(')');
            return new Atom(0, false);
        }
        pos++;
        int saved = flags;
        flags = newFlags;
        Atom atom = groupBody("(?" + javaCase + ":", false, false);
        flags = saved;
        return atom;
    }

    /**
     * A negative lookaround: the groups inside it are never set in a PCRE result (the assertion
     * held because its contents failed), while Java may leave what a failed attempt captured.
     */
    private Atom negativeAssertion(String opening, boolean lookbehind) throws PcreSyntaxError {
        int firstGroup = groupCount + 1;
        Atom atom = groupBody(opening, true, lookbehind);
        for (int g = firstGroup; g <= groupCount; g++) {
            neverSet.add(g);
        }
        return atom;
    }

    /** The alternatives of a group whose Java opening is {@code opening}, up to its {@code )}. */
    private Atom groupBody(String opening, boolean assertion, boolean lookbehind) throws PcreSyntaxError {
        int saved = flags;
        out.append(opening);
        int width = parseAlternatives();
        boolean fixed = lastAlternativesFixed;
        flags = saved;
        if (pos >= n) {
            throw new PcreSyntaxError("missing )", n);
        }
        if (lookbehind && !fixed) {
            throw new PcreSyntaxError("lookbehind assertion is not fixed length", pos);
        }
        pos++;
        out.append(')');
        return assertion ? new Atom(0, Kind.ASSERTION) : new Atom(width, true);
    }

    // ---- quantifiers

    private boolean atQuantifier() {
        int c = cps[pos];
        return c == '*' || c == '+' || c == '?' || c == '{' && braceQuantifierEnd(pos) > 0;
    }

    /** Where PCRE reports an error about the quantifier at {@code pos}: its last character. */
    private int quantifierEnd() {
        return cps[pos] == '{' ? braceQuantifierEnd(pos) : pos;
    }

    /** The index of the {@code }} closing a {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}, or -1. */
    private int braceQuantifierEnd(int at) {
        int i = at + 1;
        int digits = 0;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && cps[i] == ',') {
            i++;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
        }
        return i < n && cps[i] == '}' ? i : -1;
    }

    private int parseQuantifier(int width) throws PcreSyntaxError {
        int min;
        int max;
        int c = cps[pos];
        if (c == '{') {
            int end = braceQuantifierEnd(pos);
            String text = new String(cps, pos + 1, end - pos - 1);
            int comma = text.indexOf(',');
            min = number(comma < 0 ? text : text.substring(0, comma), end);
            max = comma < 0 ? min : comma == text.length() - 1 ? -1 : number(text.substring(comma + 1), end);
            if (max >= 0 && max < min) {
                throw new PcreSyntaxError("numbers out of order in {} quantifier", end);
            }
            pos = end + 1;
        } else {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
            pos++;
        }
        boolean lazy = (flags & F_UNGREEDY) != 0;
        boolean possessive = false;
        // In extended mode PCRE skips white space and comments before a quantifier's suffix too.
        skipIgnorable();
        if (pos < n && cps[pos] == '?') {
            lazy = !lazy;
            pos++;
        } else if (pos < n && cps[pos] == '+') {
            possessive = true;
            lazy = false;
            pos++;
        }
        if (lastWordType != 0 && options.unicode() && !options.has(CompileOptions.UCP)
                && (min >= 2 || min == 1 && max < 0)) {
            utf8RepeatedWordType(min, max, lazy, possessive);
        } else {
            out.append('{').append(min).append(',');
            if (max >= 0) {
                out.append(max);
            }
            out.append('}').append(possessive ? "+" : lazy ? "?" : "");
        }
        if (max == 0) {
            return 0;
        }
        return width == VARIABLE || max != min ? VARIABLE : width * min;
    }

    /**
     * A repeated {@code \w} or {@code \W} in UTF-8 mode, as PCRE 8.44 runs it: the minimum
     * repeats of {@code +} and of a minimum of 2 or more test one byte, so no character above
     * 127 is a word character there, while the further repeats (and an unrepeated {@code \w},
     * and the first of {@code {1,m}}, which PCRE compiles as a single item) use the latin-1
     * tables. The atom just written is replaced by the two parts.
     */
    private void utf8RepeatedWordType(int min, int max, boolean lazy, boolean possessive) {
        out.setLength(lastWordTypeStart);
        boolean negated = lastWordType == 'W';
        String ascii = negated ? "[^A-Za-z0-9_]" : "[A-Za-z0-9_]";
        String latin1 = negated ? "[^" + wordItems() + "]" : "[" + wordItems() + "]";
        StringBuilder repeat = new StringBuilder(possessive ? "(?>" : "(?:").append(ascii).append('{').append(min).append('}');
        if (max != min) {
            repeat.append(latin1).append("{0,").append(max < 0 ? "" : String.valueOf(max - min)).append('}')
                    .append(lazy ? "?" : "");
        }
        out.append(caseExact(repeat.append(')').toString()));
    }

    /**
     * A quantifier after the lookaround written from {@code atomStart}, as PCRE 8 runs it: once
     * when the minimum is at least 1; never for {@code {0}}; else as {@code {0,1}} (the rest of
     * the match tried with and without it, in the quantifier's order).
     */
    private int quantifiedAssertion(int atomStart) throws PcreSyntaxError {
        int mark = out.length();
        parseQuantifier(0);
        String quantifier = out.substring(mark);
        out.setLength(mark);
        if (quantifier.startsWith("{0,")) {
            String mode = quantifier.substring(quantifier.indexOf('}') + 1);
            out.insert(atomStart, "(?:").append(')').append(quantifier.startsWith("{0,0}") ? "{0}" : "?" + mode);
        }
        return 0;
    }

    private static int number(String digits, int end) throws PcreSyntaxError {
        if (digits.length() > 5 || Integer.parseInt(digits) > MAX_QUANTIFIER) {
            throw new PcreSyntaxError("number too big in {} quantifier", end);
        }
        return Integer.parseInt(digits);
    }

    // ---- escapes outside classes

    private Atom parseEscape() throws PcreSyntaxError {
        lastWordType = 0;
        if (pos + 1 >= n) {
            throw new PcreSyntaxError("\\ at end of pattern", n);
        }
        int c = cps[pos + 1];
        pos += 2;
        switch (c) {
            case 'w', 'W', 'd', 'D', 's', 'S', 'h', 'H', 'v', 'V', 'b', 'B', 'A', 'z', 'G', 'Z', 'R', 'X', 'N' -> {
                return typeOrAssertion(c);
            }
            case 'K' -> throw new UnsupportedPcreFeature("\\K (resetting the match start)");
            case 'C' -> throw new UnsupportedPcreFeature("\\C (one code unit)");
            case 'L', 'l', 'U', 'u' ->
                    throw new PcreSyntaxError("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos - 1);
            case 'p', 'P' -> {
                out.append(caseExact(property(c == 'P')));
                return new Atom(1, true);
            }
            case 'Q' -> {
                quoting = true;
                return null;
            }
            case 'E' -> {
                return null;
            }
            case 'g' -> {
                return gReference();
            }
            case 'k' -> {
                int open = pos < n ? cps[pos] : -1;
                int close = open == '<' ? '>' : open == '\'' ? '\'' : open == '{' ? '}' : -1;
                if (close < 0) {
                    throw new PcreSyntaxError("\\k is not followed by a braced, angle-bracketed, or quoted name", pos - 1);
                }
                pos++;
                return namedBackReference(name(close, true));
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    return digitEscape(c);
                }
                literal(out, escapedCharacter(c, false));
                return new Atom(1, true);
            }
        }
    }

    /** A character type ({@code \w \d \s \h \v \R \X \N}, negations) or an assertion ({@code \b \A \z \Z \G}). */
    private Atom typeOrAssertion(int c) throws PcreSyntaxError {
        switch (c) {
            case 'w', 'W' -> {
                lastWordType = c;
                lastWordTypeStart = out.length();
                out.append(caseExact(c == 'w' ? "[" + wordItems() + "]" : "[^" + wordItems() + "]"));
                return new Atom(1, true);
            }
            case 'd', 'D', 's', 'S', 'h', 'H', 'v', 'V' -> {
                out.append('\\').appendCodePoint(c);
                return new Atom(1, true);
            }
            case 'b', 'B' -> {
                String word = "[" + wordItems() + "]";
                out.append(c == 'b' ? "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))"
                        : "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word + "))");
                return new Atom(0, false);
            }
            case 'A', 'z', 'G' -> {
                out.append('\\').appendCodePoint(c);
                return new Atom(0, false);
            }
            case 'Z' -> {
                out.append("(?=(?:").append(options.newline().newline).append(")?\\z)");
                return new Atom(0, false);
            }
            case 'R' -> {
                out.append(options.bsrAnyCrlf() ? "(?>\\r\\n|\\n|\\r)"
                        : "(?>\\r\\n|[\\n\\x{0B}\\f\\r\\x{85}\\x{2028}\\x{2029}])");
                return new Atom(VARIABLE, true);
            }
            case 'X' -> {
                out.append("\\X");
                return new Atom(VARIABLE, true);
            }
            case 'N' -> {
                if (pos < n && cps[pos] == '{' && braceQuantifierEnd(pos) < 0) {
                    throw new PcreSyntaxError("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos - 1);
                }
                out.append(options.newline().notNewline);
                return new Atom(1, true);
            }
            default -> throw new IllegalArgumentException("not a type or assertion escape: " + (char) c);
        }
    }

    /** {@code \1}..{@code \9} and longer: a back reference, or (PCRE's rule) an octal character. */
    private Atom digitEscape(int first) throws PcreSyntaxError {
        int start = pos - 1;
        int end = start;
        long value = 0;
        while (end < n && cps[end] >= '0' && cps[end] <= '9') {
            value = Math.min(value * 10 + cps[end] - '0', Integer.MAX_VALUE);
            end++;
        }
        // \8 and \9 refer back only to groups already opened; else they are the digits themselves.
        if (value <= groupCount || value < 10 && first < '8') {
            pos = end;
            return backReference((int) value);
        }
        if (first >= '8') {
            literal(out, first);
            return new Atom(1, true);
        }
        pos = start;
        literal(out, octal(3));
        return new Atom(1, true);
    }

    /** {@code \g1}, {@code \g-1}, {@code \g{1}}, {@code \g{-1}}, {@code \g{name}}. */
    private Atom gReference() throws PcreSyntaxError {
        if (pos < n && (cps[pos] == '<' || cps[pos] == '\'')) {
            throw new UnsupportedPcreFeature("recursion and subroutine calls");
        }
        boolean braced = pos < n && cps[pos] == '{';
        if (braced) {
            pos++;
        }
        int start = pos;
        boolean negative = pos < n && cps[pos] == '-';
        if (negative || pos < n && cps[pos] == '+') {
            pos++;
        }
        int digitsStart = pos;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
        }
        if (pos == digitsStart) {
            if (!braced || negative) {
                throw new PcreSyntaxError("a numbered reference must not be zero",
                        braced ? pos : negative ? start : start - 1);
            }
            pos = start;
            return namedBackReference(name('}', true));
        }
        int number = Integer.parseInt(new String(cps, digitsStart, Math.min(pos - digitsStart, 9)));
        if (braced) {
            if (pos >= n || cps[pos] != '}') {
                throw new PcreSyntaxError("group name must start with a non-digit", digitsStart);
            }
            pos++;
        }
        if (negative) {
            number = groupCount - number + 1;
            if (number <= 0) {
                throw new PcreSyntaxError("reference to non-existent subpattern", pos - 1);
            }
        }
        if (number == 0) {
            throw new PcreSyntaxError("a numbered reference must not be zero", pos - 1);
        }
        return backReference(number);
    }

    /**
     * A back reference, written by number: Java's {@code \k<name>} cannot refer to a group
     * opened later, and PCRE allows that. Java reads {@code \1}..{@code \9} as references
     * always, but a longer number only when that many groups are already open, so a later group
     * numbered 10 or more is out of reach.
     */
    private Atom backReference(int number) {
        highestBackReference = Math.max(highestBackReference, number);
        int javaNumber = number + javaShift;
        if (javaNumber >= 10 && number > groupCount) {
            throw new UnsupportedPcreFeature("a back reference to group 10 or later, before that group");
        }
        out.append("(?:\\").append(javaNumber).append(')');
        return new Atom(VARIABLE, true);
    }

    private Atom namedBackReference(String name) throws PcreSyntaxError {
        if (knownNames == null) {
            out.append("(?:)");
            return new Atom(VARIABLE, true);
        }
        List<Integer> numbers = knownNames.get(name);
        if (numbers == null) {
            throw new PcreSyntaxError("reference to non-existent subpattern", pos - 1);
        }
        if (numbers.size() > 1) {
            throw new UnsupportedPcreFeature("a back reference to a duplicated group name");
        }
        return backReference(numbers.getFirst());
    }

    /**
     * The character an escape other than a class or reference stands for: {@code \a \e \f \n
     * \r \t \0 \o{} \x \c}, octal digits in a class, and any other character as itself.
     * {@code pos} is just after the escaped character {@code c}.
     */
    private int escapedCharacter(int c, boolean inClass) throws PcreSyntaxError {
        switch (c) {
            case 'a':
                return 7;
            case 'e':
                return 27;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'b':
                return inClass ? 8 : 'b';
            case '0':
                pos--;
                return octal(3);
            case 'o':
                return bracedNumber(8);
            case 'x':
                return hex();
            case 'c':
                if (pos >= n) {
                    throw new PcreSyntaxError("\\c at end of pattern", pos);
                }
                if (cps[pos] > 127) {
                    throw new PcreSyntaxError("\\c must be followed by an ASCII character", pos);
                }
                return Character.toUpperCase(cps[pos++]) ^ 0x40;
            default:
                if (inClass && c >= '1' && c <= '7') {
                    pos--;
                    return octal(3);
                }
                // PCRE 8 takes an escaped character with no meaning (a letter too) as itself.
                return c;
        }
    }

    private int octal(int maxDigits) throws PcreSyntaxError {
        int value = 0;
        for (int i = 0; i < maxDigits && pos < n && cps[pos] >= '0' && cps[pos] <= '7'; i++) {
            value = value * 8 + cps[pos++] - '0';
        }
        if (!options.unicode() && value > 255) {
            throw new PcreSyntaxError("octal value is greater than \\377 in 8-bit non-UTF-8 mode", pos - 1);
        }
        return value;
    }

    private int hex() throws PcreSyntaxError {
        if (pos < n && cps[pos] == '{') {
            return bracedNumber(16);
        }
        int value = 0;
        for (int i = 0; i < 2 && pos < n && Character.digit(cps[pos], 16) >= 0; i++) {
            value = value * 16 + Character.digit(cps[pos++], 16);
        }
        return value;
    }

    private int bracedNumber(int radix) throws PcreSyntaxError {
        if (pos >= n || cps[pos] != '{') {
            throw new UnsupportedPcreFeature("\\o without a braced number");
        }
        int end = pos + 1;
        long value = 0;
        while (end < n && Character.digit(cps[end], radix) >= 0) {
            value = Math.min(value * radix + Character.digit(cps[end], radix), Integer.MAX_VALUE);
            end++;
        }
        if (end >= n || cps[end] != '}' || end == pos + 1) {
            if (radix == 16 && end < n && end == pos + 1 && cps[end] == '}') {
                throw new PcreSyntaxError("digits missing in \\x{} or \\o{}", end);
            }
            if (radix == 16) {
                throw new PcreSyntaxError("non-hex character in \\x{} (closing brace missing?)", end);
            }
            throw new UnsupportedPcreFeature("a malformed braced character number");
        }
        pos = end + 1;
        return checkCharacter((int) value);
    }

    private int checkCharacter(int value) throws PcreSyntaxError {
        if (!options.unicode() && value > 255) {
            throw new PcreSyntaxError("character value in \\x{} or \\o{} is too large", pos - 1);
        }
        if (value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF) {
            throw new PcreSyntaxError(value > 0x10FFFF ? "character value in \\x{} or \\o{} is too large"
                    : "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)", pos - 1);
        }
        return value;
    }

    /** {@code \p{..}}/{@code \P{..}} (pos after the letter) as a Java class item. */
    private String property(boolean negated) throws PcreSyntaxError {
        String name;
        int namePos;
        if (pos < n && cps[pos] == '{') {
            int end = pos + 1;
            while (end < n && cps[end] != '}') {
                end++;
            }
            if (end >= n) {
                throw new PcreSyntaxError("malformed \\P or \\p sequence", end);
            }
            name = new String(cps, pos + 1, end - pos - 1);
            namePos = end;
            pos = end + 1;
        } else if (pos < n) {
            name = new String(cps, pos, 1);
            namePos = pos;
            pos++;
        } else {
            throw new PcreSyntaxError("malformed \\P or \\p sequence", pos);
        }
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        String item = UnicodeProperties.javaClass(name);
        if (item == null) {
            throw new PcreSyntaxError("unknown property name after \\P or \\p", namePos);
        }
        return negated ? "[^" + item + "]" : "[" + item + "]";
    }

    // ---- character classes

    private Atom parseClass() throws PcreSyntaxError {
        if (posixNameEnd(pos) > 0) {
            throw new PcreSyntaxError("POSIX named classes are supported only within a class", pos);
        }
        pos++;
        StringBuilder cls = new StringBuilder();
        StringBuilder types = new StringBuilder();
        boolean negated = pos < n && cps[pos] == '^';
        if (negated) {
            pos++;
        }
        boolean first = true;
        boolean classQuoting = false;
        while (true) {
            if (pos >= n) {
                throw new PcreSyntaxError("missing terminating ] for character class", n);
            }
            int c = cps[pos];
            if (classQuoting) {
                if (c == '\\' && pos + 1 < n && cps[pos + 1] == 'E') {
                    classQuoting = false;
                    pos += 2;
                } else {
                    pos++;
                    classCharacter(cls, c);
                }
                continue;
            }
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '\\' && pos + 1 < n && (cps[pos + 1] == 'Q' || cps[pos + 1] == 'E')) {
                classQuoting = cps[pos + 1] == 'Q';
                pos += 2;
                continue;
            }
            if (c == '[' && posixNameEnd(pos) > 0) {
                types.append(posixClass());
                continue;
            }
            ClassItem item = classItem();
            if (item.type) {
                types.append(item.text);
            } else if (item.text != null) {
                cls.append(item.text);
            } else {
                classCharacter(cls, item.character);
            }
        }
        out.append(classText(negated, types.toString(), cls.toString()));
        return new Atom(1, true);
    }

    /**
     * A class from its type items ({@code \w}, POSIX classes, properties: PCRE does not fold
     * their case, beyond latin-1 for POSIX classes) and its characters and ranges (which caseless
     * matching folds).
     */
    private String classText(boolean negated, String types, String characters) {
        String not = negated ? "^" : "";
        if (types.isEmpty() && characters.isEmpty()) {
            return negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)";
        }
        if ((flags & F_CASELESS) == 0 || types.isEmpty()) {
            return "[" + not + types + characters + "]";
        }
        if (characters.isEmpty()) {
            return "(?-i:[" + not + types + "])";
        }
        return negated ? "(?:(?!(?-i:[" + types + "]))[^" + characters + "])"
                : "(?:(?-i:[" + types + "])|[" + characters + "])";
    }

    /** One class member: a character, a range's Java text, or a class escape's ({@code type}). */
    private record ClassItem(int character, String text, boolean type) {}

    private ClassItem classItem() throws PcreSyntaxError {
        int start = singleClassMember();
        if (start < 0) {
            return new ClassItem(-1, lastClassText, true);
        }
        int beforeDash = pos;
        skipClassQuoteEnds();
        if (pos + 1 < n && cps[pos] == '-' && cps[pos + 1] != ']') {
            int saved = pos;
            pos++;
            skipClassQuoteEnds();
            if (pos >= n) {
                throw new PcreSyntaxError("missing terminating ] for character class", n);
            }
            if (cps[pos] == '[' && posixNameEnd(pos) > 0 || cps[pos] == ']') {
                pos = saved;
                return new ClassItem(start, null, false);
            }
            if (cps[pos] == '\\' && pos + 1 < n && "dDwWsShHvVpP".indexOf(cps[pos + 1]) >= 0) {
                throw new PcreSyntaxError("invalid range in character class", pos + 1);
            }
            int end = singleClassMember();
            if (end < 0 || lastMemberWasLetterEscape) {
                throw new PcreSyntaxError("invalid range in character class", pos - 1);
            }
            if (end < start) {
                throw new PcreSyntaxError("range out of order in character class", pos - 1);
            }
            StringBuilder text = new StringBuilder();
            literal(text, start);
            text.append('-');
            literal(text, end);
            return new ClassItem(-1, text.toString(), false);
        }
        pos = beforeDash;
        return new ClassItem(start, null, false);
    }

    /** Passes over {@code \E} and empty {@code \Q\E} in a class, which PCRE ignores even inside a range. */
    private void skipClassQuoteEnds() {
        while (pos + 1 < n && cps[pos] == '\\') {
            if (cps[pos + 1] == 'E') {
                pos += 2;
            } else if (cps[pos + 1] == 'Q' && pos + 3 < n && cps[pos + 2] == '\\' && cps[pos + 3] == 'E') {
                pos += 4;
            } else {
                return;
            }
        }
    }

    /** The Java text of the last class escape {@link #singleClassMember} met. */
    private String lastClassText;
    /** Whether the last class member was an escaped letter without a meaning (PCRE refuses it as a range end). */
    private boolean lastMemberWasLetterEscape;

    /** Reads one member: returns its character, or -1 when it is a class escape (then {@link #lastClassText}). */
    private int singleClassMember() throws PcreSyntaxError {
        lastMemberWasLetterEscape = false;
        int c = cps[pos];
        if (c != '\\') {
            pos++;
            return c;
        }
        if (pos + 1 >= n) {
            throw new PcreSyntaxError("\\ at end of pattern", n);
        }
        int e = cps[pos + 1];
        pos += 2;
        switch (e) {
            case 'w' -> {
                lastClassText = wordItems();
                return -1;
            }
            case 'W' -> {
                lastClassText = "[^" + wordItems() + "]";
                return -1;
            }
            case 'd', 'D', 's', 'S', 'h', 'H', 'v', 'V' -> {
                lastClassText = "\\" + (char) e;
                return -1;
            }
            case 'p', 'P' -> {
                lastClassText = property(e == 'P');
                return -1;
            }
            case 'L', 'l', 'U', 'u' ->
                    throw new PcreSyntaxError("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos - 1);
            case 'N' -> throw new PcreSyntaxError(pos < n && cps[pos] == '{'
                    ? "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u" : "\\N is not supported in a class", pos - 1);
            default -> {
                lastMemberWasLetterEscape = e < 128 && Character.isLetter(e) && "aefnrtbxoc".indexOf(e) < 0;
                return escapedCharacter(e, true);
            }
        }
    }

    /** The end index of a {@code [:name:]} at {@code at}, or -1. */
    private int posixNameEnd(int at) {
        if (at + 1 >= n || cps[at] != '[' || cps[at + 1] != ':') {
            return -1;
        }
        // PCRE's check: up to ":]", where "\\]" and "\\\\" are passed over and "]" or "[:" ends the search.
        for (int i = at + 2; i + 1 < n; i++) {
            if (cps[i] == '\\' && (cps[i + 1] == ']' || cps[i + 1] == '\\')) {
                i++;
            } else if (cps[i] == ']' || cps[i] == '[' && cps[i + 1] == ':') {
                return -1;
            } else if (cps[i] == ':' && cps[i + 1] == ']') {
                return i + 1;
            }
        }
        return -1;
    }

    private String posixClass() throws PcreSyntaxError {
        int end = posixNameEnd(pos);
        int nameStart = pos + 2;
        boolean negated = cps[nameStart] == '^';
        String name = new String(cps, negated ? nameStart + 1 : nameStart, end - 1 - (negated ? nameStart + 1 : nameStart));
        String item = Latin1Classes.posix(name, options.has(CompileOptions.UCP), (flags & F_CASELESS) != 0);
        if (item == null) {
            throw new PcreSyntaxError("unknown POSIX class name", nameStart);
        }
        pos = end + 1;
        return negated ? "[^" + item + "]" : item;
    }

    /** {@code text} matched without case folding when caseless matching is on (PCRE folds no character type). */
    private String caseExact(String text) {
        return (flags & F_CASELESS) != 0 ? "(?-i:" + text + ")" : text;
    }

    /** The class items of PCRE's {@code \\w}: OTP's character tables are ISO-8859-1's. */
    private String wordItems() {
        return Latin1Classes.posix("word", options.has(CompileOptions.UCP), false);
    }

    private static void classCharacter(StringBuilder cls, int c) {
        literal(cls, c);
    }

    /** A character written so that neither Java's nor PCRE's metacharacter rules can apply. */
    private static void literal(StringBuilder text, int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
            text.append((char) c);
        } else {
            text.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }
}

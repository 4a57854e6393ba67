package org.jbeam.vm.regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PCRE match attempt ({@code pcre_exec}): from a byte offset of the subject, honouring
 * {@code anchored} (the pattern's or the run's), {@code firstline}, {@code notbol},
 * {@code noteol}, {@code notempty} and {@code notempty_atstart}. The match sees the subject
 * before the offset (lookbehinds, {@code \b}), and {@code ^}/{@code \A} only match at the
 * real start, as in PCRE; {@code \G} matches at the offset.
 */
final class Execution {
    /** The stack of the thread that runs a match too deep for the caller's stack. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private Execution() {}

    /** The match-time options of one attempt. */
    record Flags(boolean anchored, boolean notbol, boolean noteol, boolean notempty, boolean notemptyAtStart) {}

    /**
     * The start and end byte offsets of each group (0 to the capture count; -1 when unset),
     * or null for no match. {@code startByte} must be a character boundary of the subject.
     */
    static int[] run(CompiledRegex regex, Subject subject, int startChar, Flags flags) {
        PcreTranslator.NotEmpty notEmpty = flags.notempty() ? PcreTranslator.NotEmpty.NOWHERE
                : flags.notemptyAtStart() ? PcreTranslator.NotEmpty.NOT_AT_START : PcreTranslator.NotEmpty.ALLOWED;
        Pattern pattern = regex.javaPattern(flags.notbol(), flags.noteol(), notEmpty);
        boolean anchored = flags.anchored() || regex.options.has(CompileOptions.ANCHORED);
        Matcher matcher = matcher(pattern, subject.text, startChar);
        boolean found;
        try {
            found = search(matcher, subject.text, startChar, anchored);
        } catch (StackOverflowError e) {
            matcher = matcher(pattern, subject.text, startChar);
            found = searchOnDeepStack(matcher, subject.text, startChar, anchored);
        }
        if (!found) {
            return null;
        }
        if (regex.options.has(CompileOptions.FIRSTLINE) && matcher.start() > firstNewline(regex, subject.text, startChar)) {
            return null;
        }
        int shift = notEmpty == PcreTranslator.NotEmpty.ALLOWED ? 0 : 1;
        int groups = regex.groupCount();
        int[] offsets = new int[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            int javaGroup = g == 0 ? 0 : g + shift;
            int start = matcher.start(javaGroup);
            offsets[2 * g] = start < 0 ? -1 : subject.byteOffset(start);
            offsets[2 * g + 1] = start < 0 ? -1 : subject.byteOffset(matcher.end(javaGroup));
        }
        for (int g : regex.neverSet()) {
            offsets[2 * g] = -1;
            offsets[2 * g + 1] = -1;
        }
        return offsets;
    }

    private static Matcher matcher(Pattern pattern, String text, int startChar) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(startChar, text.length());
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        return matcher;
    }

    private static boolean search(Matcher matcher, String text, int startChar, boolean anchored) {
        return anchored ? matcher.lookingAt() : find(matcher, text, startChar);
    }

    /**
     * java.util.regex recurses once per repetition of a group, so a long subject can exhaust a
     * scheduler thread's stack where PCRE (which keeps its backtracking state on the heap) does
     * not; such a match is run again on a thread of its own with a large stack.
     */
    private static boolean searchOnDeepStack(Matcher matcher, String text, int startChar, boolean anchored) {
        boolean[] found = new boolean[1];
        StackOverflowError[] overflow = new StackOverflowError[1];
        Thread deep = new Thread(null, () -> {
            try {
                found[0] = search(matcher, text, startChar, anchored);
            } catch (StackOverflowError e) {
                overflow[0] = e;
            }
        }, "jbeam-re-deep-match", DEEP_STACK_BYTES);
        deep.start();
        try {
            deep.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnsupportedPcreFeature("a deep match interrupted");
        }
        if (overflow[0] != null) {
            throw new UnsupportedPcreFeature("a match that backtracks deeper than " + (DEEP_STACK_BYTES >> 20)
                    + " MB of Java stack allow");
        }
        return found[0];
    }

    /**
     * The leftmost match from {@code from}, with the captures of that match alone. Java's
     * {@code find} keeps what an atomic group or lookaround captured in a failed attempt at an
     * earlier start position, where PCRE starts each position afresh; so a match found past
     * {@code from} is run again from a reset matcher at its start. A pattern using {@code \G}
     * (whose meaning is tied to the region start) keeps {@code find}'s answer.
     */
    private static boolean find(Matcher matcher, String text, int from) {
        boolean usesG = matcher.pattern().pattern().contains("\\G");
        int at = from;
        while (matcher.find()) {
            int start = matcher.start();
            if (start == at || usesG || start >= text.length()) {
                return true;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
            at = start + Character.charCount(text.codePointAt(start));
            if (at > text.length()) {
                return false;
            }
            matcher.region(at, text.length());
        }
        return false;
    }

    /** Where the first newline at or after {@code from} starts (the text's length when there is none). */
    private static int firstNewline(CompiledRegex regex, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = switch (regex.options.newline()) {
                case LF -> c == '\n';
                case CR -> c == '\r';
                case CRLF -> c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                case ANYCRLF -> c == '\r' || c == '\n';
                case ANY -> c == '\r' || c == '\n' || c == 0x0B || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
            };
            if (newline) {
                return i;
            }
        }
        return text.length();
    }
}

package org.jbeam.vm.regex;

import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled PCRE pattern: its source bytes and compile options (what the
 * {@code {re_pattern, ...}} term carries), its capture count and name table, and the Java
 * patterns it translates to, one per combination of the match-time options that change the
 * translation ({@code notbol}, {@code noteol}, {@code notempty}, {@code notempty_atstart}).
 */
final class CompiledRegex {
    final byte[] source;
    final CompileOptions options;
    private final int[] codePoints;
    private final Subject sourceText;
    private final Translation plain;
    private final ConcurrentHashMap<Integer, Pattern> variants = new ConcurrentHashMap<>();

    private CompiledRegex(byte[] source, CompileOptions options, Subject sourceText, Translation plain) {
        this.source = source;
        this.options = options;
        this.sourceText = sourceText;
        this.codePoints = sourceText.codePoints();
        this.plain = plain;
    }

    /** Compiles {@code source} (latin-1, or UTF-8 with the unicode option) as PCRE would. */
    static CompiledRegex compile(byte[] source, CompileOptions options) throws PcreSyntaxError {
        Subject text = Subject.of(source, options.unicode());
        if (text == null) {
            throw new PcreSyntaxError("invalid UTF-8 string", firstBadUtf8(source));
        }
        int[] cps = text.codePoints();
        Translation plain;
        try {
            plain = PcreTranslator.translate(cps, options, false, false, PcreTranslator.NotEmpty.ALLOWED);
        } catch (PcreSyntaxError e) {
            throw new PcreSyntaxError(e.getMessage(), text.byteOffset(text.text.offsetByCodePoints(0, e.offset())));
        }
        CompiledRegex regex = new CompiledRegex(source, options, text, plain);
        regex.javaPattern(false, false, PcreTranslator.NotEmpty.ALLOWED);
        return regex;
    }

    private static int firstBadUtf8(byte[] bytes) {
        int at = 0;
        while (at < bytes.length && Utf8.sequenceLength(bytes, at) > 0) {
            at += Utf8.sequenceLength(bytes, at);
        }
        return at;
    }

    /** The groups PCRE never reports as set (inside negative lookarounds). */
    int[] neverSet() {
        return plain.neverSet();
    }

    int groupCount() {
        return plain.groupCount();
    }

    SortedMap<String, List<Integer>> names() {
        return plain.names();
    }

    /** The Java pattern for these match-time options; its group {@code n + 1} is PCRE's {@code n} when notempty is set. */
    Pattern javaPattern(boolean notbol, boolean noteol, PcreTranslator.NotEmpty notEmpty) {
        int key = (notbol ? 1 : 0) | (noteol ? 2 : 0) | notEmpty.ordinal() << 2;
        return variants.computeIfAbsent(key, k -> translate(notbol, noteol, notEmpty));
    }

    /**
     * Case folding is Unicode's in both modes: OTP's PCRE tables fold ISO-8859-1 letters
     * (which is Unicode's folding restricted to a latin-1 subject).
     */
    private Pattern translate(boolean notbol, boolean noteol, PcreTranslator.NotEmpty notEmpty) {
        Translation translation;
        try {
            translation = PcreTranslator.translate(codePoints, options, notbol, noteol, notEmpty);
        } catch (PcreSyntaxError e) {
            throw new IllegalStateException("the pattern compiled before: " + e.getMessage(), e);
        }
        int flags = (options.has(CompileOptions.CASELESS) ? Pattern.CASE_INSENSITIVE : 0)
                | Pattern.UNICODE_CASE
                | (options.has(CompileOptions.UCP) ? Pattern.UNICODE_CHARACTER_CLASS : 0);
        try {
            return Pattern.compile(translation.javaRegex(), flags);
        } catch (PatternSyntaxException e) {
            throw new UnsupportedPcreFeature("a construct java.util.regex cannot express in "
                    + sourceText.text + " (" + e.getDescription() + ")");
        }
    }
}

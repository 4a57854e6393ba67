package org.jbeam.vm.regex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code re} BIFs of OTP 25 ({@code erl_bif_re.c}): {@code version/0},
 * {@code compile/1,2}, {@code run/2,3}, {@code internal_run/4} and {@code inspect/2}.
 * Where erl's BIF traps to Erlang code in {@code re.erl} ({@code grun/3} for {@code global},
 * {@code urun/3} and {@code ucompile/2} for unicode chardata), this class does the same work
 * itself, with the same results: the global loop is {@code re.erl}'s {@code loopexec} (an empty
 * match is retried at the same offset with {@code notempty_atstart} and {@code anchored}, then
 * the offset steps one character, or over a CRLF pair when the newline convention says).
 * Compiled patterns are cached by their term's binary, since a pattern term carries the source
 * rather than PCRE code.
 */
public final class ReBifs {
    /** What {@code re:version/0} answers in OTP 25. */
    private static final String PCRE_VERSION = "8.44 2020-02-12";
    private static final int CACHE_SIZE = 256;

    private final AtomTable atoms;
    private final Map<String, CompiledRegex> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledRegex> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private ReBifs(AtomTable atoms) {
        this.atoms = atoms;
    }

    public static void register(BifTable t, AtomTable atoms) {
        ReBifs re = new ReBifs(atoms);
        t.register("re", "version", 0, (p, a) -> Binaries.make(p.heap(), PCRE_VERSION.getBytes(StandardCharsets.ISO_8859_1)));
        t.register("re", "compile", 1, (p, a) -> re.guarded(p, () -> re.compile(p, a[0], TermTags.NIL)));
        t.register("re", "compile", 2, (p, a) -> re.guarded(p, () -> re.compile(p, a[0], a[1])));
        t.register("re", "run", 2, (p, a) -> re.guarded(p, () -> re.run(p, a[0], a[1], TermTags.NIL)));
        t.register("re", "run", 3, (p, a) -> re.guarded(p, () -> re.run(p, a[0], a[1], a[2])));
        t.register("re", "internal_run", 4, (p, a) -> re.guarded(p, () -> re.run(p, a[0], a[1], a[2])));
        t.register("re", "inspect", 2, (p, a) -> re.guarded(p, () -> re.inspect(p, a[0], a[1])));
    }

    private interface Call {
        long call();
    }

    /** Runs a BIF body, turning a construct jbeam cannot run into {@code error:{re_unsupported, Description}}. */
    private long guarded(ErlangProcess p, Call body) {
        try {
            return body.call();
        } catch (UnsupportedPcreFeature e) {
            throw unsupported(p, e.getMessage());
        } catch (ErlangException e) {
            throw e;
        } catch (RuntimeException e) {
            // A fault of the translation must reach the program as an error, not stop the VM.
            throw unsupported(p, "jbeam failed to translate or run this pattern: " + e);
        }
    }

    private long compile(ErlangProcess p, long pattern, long optionList) {
        ReOptions options = ReOptions.parse(atoms, optionList);
        if (options == null || options.runOnly) {
            throw ErlangException.badarg("re:compile: bad options");
        }
        boolean unicode = (options.compileFlags & CompileOptions.UNICODE) != 0;
        byte[] source = unicode ? TermBytes.chardata(pattern) : TermBytes.iodata(pattern);
        if (source == null) {
            throw ErlangException.badarg("re:compile: the pattern is not iodata/chardata");
        }
        HeapAllocator heap = p.heap();
        try {
            CompiledRegex regex = CompiledRegex.compile(source, options.compileOptions());
            return Tuples.make(heap, atoms.atom("ok"), PatternTerm.make(heap, atoms, regex));
        } catch (PcreSyntaxError e) {
            return Tuples.make(heap, atoms.atom("error"), errorSpec(heap, e));
        }
    }

    private ErlangException unsupported(ErlangProcess p, String description) {
        HeapAllocator heap = p.heap();
        long text = TermTags.NIL;
        for (int i = description.length() - 1; i >= 0; i--) {
            text = Lists.cons(heap, TermTags.makeSmall(description.charAt(i)), text);
        }
        return ErlangException.error(Tuples.make(heap, atoms.atom("re_unsupported"), text),
                "re: jbeam cannot run this PCRE construct: " + description);
    }

    private long errorSpec(HeapAllocator heap, PcreSyntaxError e) {
        String message = e.getMessage();
        long text = TermTags.NIL;
        for (int i = message.length() - 1; i >= 0; i--) {
            text = Lists.cons(heap, TermTags.makeSmall(message.charAt(i)), text);
        }
        return Tuples.make(heap, text, TermTags.makeSmall(e.offset()));
    }

    private long run(ErlangProcess p, long subjectTerm, long pattern, long optionList) {
        ReOptions options = ReOptions.parse(atoms, optionList);
        if (options == null) {
            throw ErlangException.badarg("re:run: bad options");
        }
        HeapAllocator heap = p.heap();
        CompiledRegex regex;
        if (Tuples.isTuple(pattern) && Tuples.arity(pattern) == 5) {
            regex = precompiled(pattern, options);
        } else if (Binaries.isBinaryTerm(pattern) || TermTags.isList(pattern) || pattern == TermTags.NIL) {
            boolean unicode = (options.compileFlags & CompileOptions.UNICODE) != 0;
            byte[] source = unicode ? TermBytes.chardata(pattern) : TermBytes.iodata(pattern);
            if (source == null) {
                throw ErlangException.badarg("re:run: the pattern is not iodata/chardata");
            }
            try {
                regex = compileCached(source, options.compileOptions());
            } catch (PcreSyntaxError e) {
                if (!options.reportErrors) {
                    throw ErlangException.badarg("re:run: " + e.getMessage());
                }
                return Tuples.make(heap, atoms.atom("error"),
                        Tuples.make(heap, atoms.atom("compile"), errorSpec(heap, e)));
            }
        } else {
            throw ErlangException.badarg("re:run: not a pattern");
        }
        boolean unicode = regex.options.unicode();
        byte[] bytes = unicode ? TermBytes.chardata(subjectTerm) : TermBytes.iodata(subjectTerm);
        Subject subject = bytes == null ? null : Subject.of(bytes, unicode);
        if (subject == null) {
            throw ErlangException.badarg("re:run: the subject is not iodata/chardata");
        }
        CaptureSpec spec = options.capture
                ? CaptureSpec.parse(atoms, regex, options.captureValues, options.captureType) : CaptureSpec.DEFAULT;
        if (spec == null || options.offset > bytes.length) {
            throw ErlangException.badarg("re:run: bad capture spec or offset");
        }
        List<int[]> matches = options.global ? global(regex, subject, options)
                : single(regex, subject, options.offset, options.executionFlags());
        if (matches.isEmpty()) {
            return atoms.atom("nomatch");
        }
        if (spec.none) {
            return atoms.atom("match");
        }
        if (!options.global) {
            return Tuples.make(heap, atoms.atom("match"), spec.result(heap, matches.getFirst(), subject, unicode));
        }
        long list = TermTags.NIL;
        for (int i = matches.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, spec.result(heap, matches.get(i), subject, unicode), list);
        }
        return Tuples.make(heap, atoms.atom("match"), list);
    }

    private CompiledRegex precompiled(long pattern, ReOptions options) {
        if (options.compileOnly) {
            throw ErlangException.badarg("re:run: compile options with a compiled pattern");
        }
        byte[] encoded = PatternTerm.encoded(atoms, pattern);
        CompiledRegex regex = encoded == null ? null : cached(encoded);
        if (regex == null) {
            throw ErlangException.badarg("re:run: not a pattern compiled by jbeam");
        }
        try {
            Newline newline = options.newline();
            if (newline != null && newline != regex.options.newline()) {
                regex = compileCached(regex.source,
                        new CompileOptions(regex.options.flags(), newline, regex.options.bsrAnyCrlf()));
            }
        } catch (PcreSyntaxError e) {
            throw ErlangException.badarg("re:run: " + e.getMessage());
        }
        return regex;
    }

    private CompiledRegex cached(byte[] encoded) {
        String key = new String(encoded, StandardCharsets.ISO_8859_1);
        synchronized (cache) {
            CompiledRegex regex = cache.get(key);
            if (regex == null) {
                regex = PatternTerm.decode(encoded);
                if (regex != null) {
                    cache.put(key, regex);
                }
            }
            return regex;
        }
    }

    /** A textual pattern of {@code re:run}, compiled once for repeated runs (as re.erl's replace makes). */
    private CompiledRegex compileCached(byte[] source, CompileOptions options) throws PcreSyntaxError {
        String key = new String(PatternTerm.encode(source, options), StandardCharsets.ISO_8859_1);
        synchronized (cache) {
            CompiledRegex regex = cache.get(key);
            if (regex != null) {
                return regex;
            }
        }
        CompiledRegex regex = CompiledRegex.compile(source, options);
        synchronized (cache) {
            cache.put(key, regex);
        }
        return regex;
    }

    private static List<int[]> single(CompiledRegex regex, Subject subject, int offset, Execution.Flags flags) {
        int start = subject.charIndex(offset);
        if (start < 0) {
            // PCRE refuses an offset inside a UTF-8 character; erl raises badarg.
            throw ErlangException.badarg("re:run: the offset is inside a character");
        }
        int[] match = Execution.run(regex, subject, start, flags);
        return match == null ? List.of() : List.of(match);
    }

    /** {@code re.erl}'s {@code loopexec}: every match from the offset on. */
    private static List<int[]> global(CompiledRegex regex, Subject subject, ReOptions options) {
        List<int[]> matches = new ArrayList<>();
        Execution.Flags flags = options.executionFlags();
        Execution.Flags retryFlags = new Execution.Flags(true, flags.notbol(), flags.noteol(), flags.notempty(), true);
        int x = options.offset;
        int end = subject.bytes.length;
        while (x <= end) {
            List<int[]> found = single(regex, subject, x, flags);
            if (found.isEmpty()) {
                break;
            }
            int[] match = found.getFirst();
            matches.add(match);
            if (match[1] > match[0]) {
                x = match[1];
                continue;
            }
            List<int[]> retry = single(regex, subject, x, retryFlags);
            if (!retry.isEmpty()) {
                matches.add(retry.getFirst());
            }
            int step = retry.isEmpty() ? 0 : retry.getFirst()[1] - retry.getFirst()[0];
            x = step > 0 ? match[0] + step : forward(subject, match[0], regex);
        }
        return matches;
    }

    /** {@code re.erl}'s {@code forward/5}: one character (a CRLF pair counting as one when the pattern says). */
    private static int forward(Subject subject, int at, CompiledRegex regex) {
        byte[] bytes = subject.bytes;
        if (regex.options.newline().usesCrlf() && at + 1 < bytes.length && bytes[at] == '\r' && bytes[at + 1] == '\n') {
            return at + 2;
        }
        if (!regex.options.unicode() || at >= bytes.length) {
            return at + 1;
        }
        int lead = bytes[at] & 0xFF;
        return at + ((lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1);
    }

    private long inspect(ErlangProcess p, long pattern, long item) {
        byte[] encoded = PatternTerm.encoded(atoms, pattern);
        CompiledRegex regex = encoded == null ? null : cached(encoded);
        if (regex == null || item != atoms.atom("namelist")) {
            throw ErlangException.badarg("re:inspect: not a pattern compiled by jbeam, or not namelist");
        }
        HeapAllocator heap = p.heap();
        List<String> names = new ArrayList<>(regex.names().keySet());
        long list = TermTags.NIL;
        for (int i = names.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, Binaries.make(heap, names.get(i).getBytes(StandardCharsets.UTF_8)), list);
        }
        return Tuples.make(heap, atoms.atom("namelist"), list);
    }
}

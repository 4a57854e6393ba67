package org.jbeam.vm.bif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.BitStrings;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The searching BIFs of the {@code binary} module ({@code erl_bif_binary.c}):
 * {@code compile_pattern/1}, {@code match/2,3}, {@code matches/2,3} and {@code split/2,3}.
 *
 * <p>A pattern is a non-empty binary, a non-empty list of non-empty binaries, or a compiled
 * pattern: {@code {bm, Ref}} for one binary and {@code {ac, Ref}} for several, as erl shapes
 * them (Boyer-Moore and Aho-Corasick there; here both are one list of needles behind a resource
 * reference). A search finds the match that starts first and, among those starting there, the
 * longest; {@code matches} and {@code split} go on after each match, so matches never overlap.
 * Option {@code {scope, {Start, Length}}} limits the search to that part (a negative length
 * counts back from Start); {@code split} also takes {@code global}, {@code trim} (drop empty
 * parts at the end) and {@code trim_all} (drop every empty part).
 */
final class BinarySearch {
    /** The mark of compiled-pattern references (see {@link ResourceTable}). */
    private static final long PATTERN_MARK = 0xB1AC;

    private final AtomTable atoms;
    private final long bm;
    private final long ac;
    private final long scope;
    private final long nomatch;
    /**
     * Compiled patterns, one per distinct needle list: a program compiling the same pattern in a
     * loop keeps one, and a reference stays valid in every process, as erl's magic reference does.
     */
    private final ResourceTable<List<byte[]>> compiled = new ResourceTable<>(PATTERN_MARK, needles -> { });
    private final Map<List<String>, long[]> compiledIds = new ConcurrentHashMap<>();

    BinarySearch(AtomTable atoms) {
        this.atoms = atoms;
        this.bm = atoms.atom("bm");
        this.ac = atoms.atom("ac");
        this.scope = atoms.atom("scope");
        this.nomatch = atoms.atom("nomatch");
    }

    void register(BifTable t) {
        t.register("binary", "compile_pattern", 1, (p, a) -> compile(p, a[0]));
        t.register("binary", "match", 2, (p, a) -> match(p, a[0], a[1], TermTags.NIL));
        t.register("binary", "match", 3, (p, a) -> match(p, a[0], a[1], a[2]));
        t.register("binary", "matches", 2, (p, a) -> matches(p, a[0], a[1], TermTags.NIL));
        t.register("binary", "matches", 3, (p, a) -> matches(p, a[0], a[1], a[2]));
        t.register("binary", "split", 2, (p, a) -> split(p, a[0], a[1], TermTags.NIL));
        t.register("binary", "split", 3, (p, a) -> split(p, a[0], a[1], a[2]));
    }

    private long compile(ErlangProcess p, long pattern) {
        List<byte[]> needles = plainPatterns(pattern);
        List<String> key = needles.stream().map(Arrays::toString).toList();
        long kind = needles.size() == 1 ? bm : ac;
        long[] ids = compiledIds.get(key);
        if (ids == null) {
            long reference = compiled.add(needles, p.heap());
            compiledIds.putIfAbsent(key, idsOf(reference));
            return Tuples.make(p.heap(), kind, reference);
        }
        return Tuples.make(p.heap(), kind, org.jbeam.vm.term.Identifiers.localReference(p.heap(), ids));
    }

    private static long[] idsOf(long reference) {
        long[] ids = new long[org.jbeam.vm.term.Identifiers.referenceIdCount(reference)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = org.jbeam.vm.term.Identifiers.referenceId(reference, i);
        }
        return ids;
    }

    private long match(ErlangProcess p, long subject, long pattern, long options) {
        byte[] haystack = BinaryModuleBifs.bytes(subject);
        List<byte[]> needles = patterns(pattern);
        Options parsed = options(options, haystack.length, false);
        long found = find(haystack, needles, parsed.start, parsed.end);
        return found < 0 ? nomatch : position(p, found);
    }

    private long matches(ErlangProcess p, long subject, long pattern, long options) {
        byte[] haystack = BinaryModuleBifs.bytes(subject);
        List<byte[]> needles = patterns(pattern);
        Options parsed = options(options, haystack.length, false);
        List<Long> found = new ArrayList<>();
        for (long at = find(haystack, needles, parsed.start, parsed.end); at >= 0;
                at = find(haystack, needles, start(at) + length(at), parsed.end)) {
            found.add(at);
        }
        long list = TermTags.NIL;
        for (int i = found.size() - 1; i >= 0; i--) {
            list = Lists.cons(p.heap(), position(p, found.get(i)), list);
        }
        return list;
    }

    private long split(ErlangProcess p, long subject, long pattern, long options) {
        byte[] haystack = BinaryModuleBifs.bytes(subject);
        List<byte[]> needles = patterns(pattern);
        Options parsed = options(options, haystack.length, true);
        List<long[]> parts = new ArrayList<>();
        int from = 0;
        long at = find(haystack, needles, parsed.start, parsed.end);
        while (at >= 0) {
            parts.add(new long[] {from, start(at) - from});
            from = start(at) + length(at);
            at = parsed.global ? find(haystack, needles, from, parsed.end) : -1;
        }
        parts.add(new long[] {from, haystack.length - from});
        if (parsed.trimAll) {
            parts.removeIf(part -> part[1] == 0);
        } else if (parsed.trim) {
            while (!parts.isEmpty() && parts.getLast()[1] == 0) {
                parts.removeLast();
            }
        }
        long list = TermTags.NIL;
        for (int i = parts.size() - 1; i >= 0; i--) {
            long[] part = parts.get(i);
            list = Lists.cons(p.heap(), BitStrings.slice(p.heap(), subject, part[0] * 8, part[1] * 8), list);
        }
        return list;
    }

    /**
     * The first match in {@code [from, end)}, packed as {@code start << 32 | length}, or -1:
     * the earliest start, the longest needle there.
     */
    private static long find(byte[] haystack, List<byte[]> needles, int from, int end) {
        for (int at = from; at < end; at++) {
            int longest = -1;
            for (byte[] needle : needles) {
                if (needle.length > longest && at + needle.length <= end && startsWith(haystack, at, needle)) {
                    longest = needle.length;
                }
            }
            if (longest >= 0) {
                return (long) at << 32 | longest;
            }
        }
        return -1;
    }

    private static int start(long found) {
        return (int) (found >>> 32);
    }

    private static int length(long found) {
        return (int) found;
    }

    private static long position(ErlangProcess p, long found) {
        return Tuples.make(p.heap(), TermTags.makeSmall(start(found)), TermTags.makeSmall(length(found)));
    }

    private static boolean startsWith(byte[] haystack, int at, byte[] needle) {
        for (int i = 0; i < needle.length; i++) {
            if (haystack[at + i] != needle[i]) {
                return false;
            }
        }
        return true;
    }

    /** The needles of a plain or compiled pattern; badarg for anything else. */
    private List<byte[]> patterns(long pattern) {
        if (Tuples.isTuple(pattern) && Tuples.arity(pattern) == 2
                && (Tuples.element(pattern, 1) == bm || Tuples.element(pattern, 1) == ac)) {
            List<byte[]> needles = compiled.find(Tuples.element(pattern, 2));
            if (needles == null || (Tuples.element(pattern, 1) == bm) != (needles.size() == 1)) {
                throw ErlangException.badarg("binary: not a compiled pattern");
            }
            return needles;
        }
        return plainPatterns(pattern);
    }

    private static List<byte[]> plainPatterns(long pattern) {
        List<byte[]> needles = new ArrayList<>();
        if (Binaries.isBinaryTerm(pattern)) {
            needles.add(BinaryModuleBifs.bytes(pattern));
        } else {
            long rest = pattern;
            for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
                needles.add(BinaryModuleBifs.bytes(Lists.head(rest)));
            }
            if (rest != TermTags.NIL) {
                throw ErlangException.badarg("binary: a pattern is a binary or a list of binaries");
            }
        }
        if (needles.isEmpty() || needles.stream().anyMatch(needle -> needle.length == 0)) {
            throw ErlangException.badarg("binary: an empty pattern");
        }
        return needles;
    }

    /** Parsed search options: the part searched and, for split, how to split and trim. */
    private record Options(int start, int end, boolean global, boolean trim, boolean trimAll) {}

    private Options options(long options, int size, boolean splitting) {
        int start = 0;
        int end = size;
        boolean global = false;
        boolean trim = false;
        boolean trimAll = false;
        long rest = options;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (Tuples.isTuple(option) && Tuples.arity(option) == 2 && Tuples.element(option, 1) == scope) {
                int[] part = part(Tuples.element(option, 2), size);
                start = part[0];
                end = part[0] + part[1];
            } else if (splitting && option == atoms.atom("global")) {
                global = true;
            } else if (splitting && option == atoms.atom("trim")) {
                trim = true;
            } else if (splitting && option == atoms.atom("trim_all")) {
                trimAll = true;
            } else {
                throw ErlangException.badarg("binary: unknown option");
            }
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("binary: options are a list");
        }
        return new Options(start, end, global, trim, trimAll);
    }

    /** {@code {Start, Length}} within a binary of {@code size} bytes, as {start, length}. */
    private static int[] part(long part, int size) {
        if (!Tuples.isTuple(part) || Tuples.arity(part) != 2) {
            throw ErlangException.badarg("binary: a scope is {Start, Length}");
        }
        long start = BinaryModuleBifs.small(Tuples.element(part, 1));
        long length = BinaryModuleBifs.small(Tuples.element(part, 2));
        if (length < 0) {
            start += length;
            length = -length;
        }
        if (start < 0 || start + length > size) {
            throw ErlangException.badarg("binary: the scope is outside the binary");
        }
        return new int[] {(int) start, (int) length};
    }
}

package org.jbeam.vm.bif;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Some of the {@code binary} module's BIFs (OTP's {@code erl_bif_binary.c}):
 * {@code match/2,3} (a pattern is a non-empty binary or a non-empty list of them; the first
 * match wins, the longest pattern among those starting there; option {@code {scope, {Start,
 * Length}}}, a negative length counting back) and {@code copy/1,2}. Compiled patterns
 * ({@code compile_pattern/1}) are not accepted yet.
 */
final class BinaryModuleBifs {
    private BinaryModuleBifs() {}

    static void register(BifTable t, AtomTable atoms) {
        t.register("binary", "match", 2, (p, a) -> match(p, atoms, a[0], a[1], TermTags.NIL));
        t.register("binary", "match", 3, (p, a) -> match(p, atoms, a[0], a[1], a[2]));
        t.register("binary", "copy", 1, (p, a) -> Binaries.make(p.heap(), bytes(a[0])));
        t.register("binary", "copy", 2, (p, a) -> copy(p, a[0], a[1]));
    }

    private static long match(ErlangProcess p, AtomTable atoms, long subject, long pattern, long options) {
        byte[] haystack = bytes(subject);
        List<byte[]> needles = patterns(pattern);
        int[] scope = scope(atoms, options, haystack.length);
        int end = scope[0] + scope[1];
        for (int at = scope[0]; at < end; at++) {
            int longest = -1;
            for (byte[] needle : needles) {
                if (needle.length > longest && at + needle.length <= end && startsWith(haystack, at, needle)) {
                    longest = needle.length;
                }
            }
            if (longest >= 0) {
                return Tuples.make(p.heap(), TermTags.makeSmall(at), TermTags.makeSmall(longest));
            }
        }
        return atoms.atom("nomatch");
    }

    private static boolean startsWith(byte[] haystack, int at, byte[] needle) {
        for (int i = 0; i < needle.length; i++) {
            if (haystack[at + i] != needle[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> patterns(long pattern) {
        List<byte[]> needles = new ArrayList<>();
        if (Binaries.isBinaryTerm(pattern)) {
            needles.add(bytes(pattern));
        } else {
            for (long rest = pattern; rest != TermTags.NIL; rest = Lists.tail(rest)) {
                if (!TermTags.isList(rest)) {
                    throw ErlangException.badarg("binary:match: a pattern is a binary or a list of binaries");
                }
                needles.add(bytes(Lists.head(rest)));
            }
        }
        if (needles.isEmpty() || needles.stream().anyMatch(needle -> needle.length == 0)) {
            throw ErlangException.badarg("binary:match: an empty pattern");
        }
        return needles;
    }

    /** {start, length} of the part searched: the whole binary unless a {@code {scope, {S, L}}} option says. */
    private static int[] scope(AtomTable atoms, long options, int size) {
        int[] scope = {0, size};
        for (long rest = options; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            if (!TermTags.isList(rest)) {
                throw ErlangException.badarg("binary:match: bad options");
            }
            long option = Lists.head(rest);
            if (!Tuples.isTuple(option) || Tuples.arity(option) != 2 || Tuples.element(option, 1) != atoms.atom("scope")
                    || !Tuples.isTuple(Tuples.element(option, 2)) || Tuples.arity(Tuples.element(option, 2)) != 2) {
                throw ErlangException.badarg("binary:match: bad option");
            }
            long part = Tuples.element(option, 2);
            long start = small(Tuples.element(part, 1));
            long length = small(Tuples.element(part, 2));
            if (length < 0) {
                start += length;
                length = -length;
            }
            if (start < 0 || start + length > size) {
                throw ErlangException.badarg("binary:match: the scope is outside the binary");
            }
            scope[0] = (int) start;
            scope[1] = (int) length;
        }
        return scope;
    }

    private static long copy(ErlangProcess p, long binary, long times) {
        byte[] data = bytes(binary);
        long count = small(times);
        if (count < 0 || data.length * count > Integer.MAX_VALUE) {
            throw ErlangException.badarg("binary:copy: bad count");
        }
        byte[] copies = new byte[(int) (data.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(data, 0, copies, i * data.length, data.length);
        }
        return Binaries.make(p.heap(), copies);
    }

    private static long small(long term) {
        if (!TermTags.isSmall(term)) {
            throw ErlangException.badarg("not an integer");
        }
        return TermTags.smallValue(term);
    }

    private static byte[] bytes(long binary) {
        if (!Binaries.isBinaryTerm(binary) || Binaries.bitSize(binary) % 8 != 0) {
            throw ErlangException.badarg("not a binary");
        }
        return Binaries.toByteArray(binary);
    }
}

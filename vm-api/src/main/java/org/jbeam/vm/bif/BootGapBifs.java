package org.jbeam.vm.bif;

import java.nio.charset.StandardCharsets;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Gap fillers: the few pure BIFs (conversions, {@code lists} BIFs) the boot modules
 * ({@code erl_init}, {@code init}, {@code erl_prim_loader}) call before anything else runs, as
 * OTP's {@code bif.c}, {@code erl_bif_lists.c} and {@code erl_unicode.c} define them for the
 * cases boot meets (Unicode character lists, UTF-8 binaries, integers, tuples found by
 * {@code =:=}-or-{@code ==} key). Registered only where no other family has registered the
 * function, so the complete families (conversions, lists) take over wherever they exist, and
 * this file can then shrink to nothing.
 */
public final class BootGapBifs {
    private BootGapBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.registerIfAbsent("erlang", "atom_to_list", 1, (p, a) -> characters(p.heap(), name(atoms, a[0])));
        t.registerIfAbsent("erlang", "list_to_atom", 1, (p, a) -> atom(atoms, string(a[0])));
        t.registerIfAbsent("erlang", "atom_to_binary", 1, (p, a) -> Binaries.make(p.heap(), utf8(atoms, a[0])));
        t.registerIfAbsent("erlang", "atom_to_binary", 2, (p, a) -> Binaries.make(p.heap(), utf8(atoms, a[0])));
        t.registerIfAbsent("erlang", "binary_to_atom", 2, (p, a) -> atom(atoms, text(a[0])));
        t.registerIfAbsent("erlang", "list_to_existing_atom", 1, (p, a) -> existing(atoms, string(a[0])));
        t.registerIfAbsent("erlang", "binary_to_existing_atom", 2, (p, a) -> existing(atoms, text(a[0])));
        t.registerIfAbsent("erlang", "node", 0, (p, a) -> Atoms.NONODE);
        t.registerIfAbsent("erlang", "node", 1, (p, a) -> {
            if (!TermTags.isLocalPid(a[0]) && !TermTags.isBoxed(a[0]) && !TermTags.isAtom(a[0])
                    && (a[0] & TermTags.IMMEDIATE1_MASK) != TermTags.PORT) {
                throw ErlangException.badarg("node: not a pid, port or reference");
            }
            return Atoms.NONODE;
        });
        t.registerIfAbsent("erlang", "nodes", 0, (p, a) -> TermTags.NIL);
        t.registerIfAbsent("erlang", "is_alive", 0, (p, a) -> Atoms.FALSE);
        t.registerIfAbsent("erlang", "pid_to_list", 1, (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("pid_to_list: not a local pid");
            }
            return characters(p.heap(), "<0." + Identifiers.pidNumber(a[0]) + "." + Identifiers.pidSerial(a[0]) + ">");
        });
        t.registerIfAbsent("erlang", "integer_to_list", 1, (p, a) -> characters(p.heap(), integer(a[0])));
        t.registerIfAbsent("erlang", "tuple_to_list", 1, (p, a) -> {
            if (!Tuples.isTuple(a[0])) {
                throw ErlangException.badarg("tuple_to_list: not a tuple");
            }
            long list = TermTags.NIL;
            for (int i = Tuples.arity(a[0]); i >= 1; i--) {
                list = Lists.cons(p.heap(), Tuples.element(a[0], i), list);
            }
            return list;
        });
        t.registerIfAbsent("erlang", "list_to_tuple", 1, (p, a) -> {
            long length = Lists.properLength(a[0]);
            if (length < 0) {
                throw ErlangException.badarg("list_to_tuple: not a proper list");
            }
            long[] elements = new long[(int) length];
            long rest = a[0];
            for (int i = 0; i < elements.length; i++, rest = Lists.tail(rest)) {
                elements[i] = Lists.head(rest);
            }
            return Tuples.make(p.heap(), elements);
        });
        t.registerIfAbsent("erlang", "++", 2, (p, a) -> append(p, a[0], a[1]));
        t.registerIfAbsent("erlang", "append", 2, (p, a) -> append(p, a[0], a[1]));
        t.registerIfAbsent("erlang", "--", 2, (p, a) -> subtract(p, a[0], a[1]));
        t.registerIfAbsent("lists", "keyfind", 3, (p, a) -> keyfind(p, a[0], a[1], a[2]));
        t.registerIfAbsent("lists", "keymember", 3,
                (p, a) -> Atoms.bool(keyfind(p, a[0], a[1], a[2]) != Atoms.FALSE));
        t.registerIfAbsent("lists", "keysearch", 3, (p, a) -> {
            long found = keyfind(p, a[0], a[1], a[2]);
            return found == Atoms.FALSE ? found : Tuples.make(p.heap(), atoms.atom("value"), found);
        });
        t.registerIfAbsent("lists", "member", 2, (p, a) -> {
            long rest = a[1];
            for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
                if (p.order().exactEquals(Lists.head(rest), a[0])) {
                    return Atoms.TRUE;
                }
            }
            if (rest != TermTags.NIL) {
                throw ErlangException.badarg("lists:member/2: not a proper list");
            }
            return Atoms.FALSE;
        });
        t.registerIfAbsent("erlang", "nif_error", 1, (p, a) -> {
            throw ErlangException.error(a[0], "a NIF jbeam does not provide");
        });
        t.registerIfAbsent("erlang", "nif_error", 2, (p, a) -> {
            throw ErlangException.error(a[0], "a NIF jbeam does not provide");
        });
    }

    /** {@code A ++ B}: A copied (it must be a proper list), B shared as the tail. */
    private static long append(ErlangProcess p, long left, long right) {
        long[] elements = elements(left, "++");
        long list = right;
        for (int i = elements.length - 1; i >= 0; i--) {
            list = Lists.cons(p.heap(), elements[i], list);
        }
        return list;
    }

    /** {@code A -- B}: each element of B removes the first element of A equal to it ({@code =:=}). */
    private static long subtract(ErlangProcess p, long left, long right) {
        long[] kept = elements(left, "--");
        long[] removed = elements(right, "--");
        boolean[] gone = new boolean[kept.length];
        for (long r : removed) {
            for (int i = 0; i < kept.length; i++) {
                if (!gone[i] && p.order().exactEquals(kept[i], r)) {
                    gone[i] = true;
                    break;
                }
            }
        }
        long list = TermTags.NIL;
        for (int i = kept.length - 1; i >= 0; i--) {
            list = gone[i] ? list : Lists.cons(p.heap(), kept[i], list);
        }
        return list;
    }

    private static long[] elements(long list, String operator) {
        long length = Lists.properLength(list);
        if (length < 0) {
            throw ErlangException.badarg(operator + ": not a proper list");
        }
        long[] elements = new long[(int) length];
        long rest = list;
        for (int i = 0; i < elements.length; i++, rest = Lists.tail(rest)) {
            elements[i] = Lists.head(rest);
        }
        return elements;
    }

    /** {@code lists:keyfind/3}: the first tuple whose Nth element equals the key ({@code ==}). */
    private static long keyfind(ErlangProcess p, long key, long position, long list) {
        if (!TermTags.isSmall(position) || TermTags.smallValue(position) < 1) {
            throw ErlangException.badarg("keyfind: bad position");
        }
        int n = (int) Math.min(TermTags.smallValue(position), Integer.MAX_VALUE);
        long rest = list;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long element = Lists.head(rest);
            if (Tuples.isTuple(element) && Tuples.arity(element) >= n
                    && p.order().arithmeticEquals(Tuples.element(element, n), key)) {
                return element;
            }
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("keyfind: not a proper list");
        }
        return Atoms.FALSE;
    }

    private static String name(AtomTable atoms, long atom) {
        if (!TermTags.isAtom(atom)) {
            throw ErlangException.badarg("not an atom");
        }
        return atoms.name(atom);
    }

    private static byte[] utf8(AtomTable atoms, long atom) {
        name(atoms, atom);
        return atoms.utf8(atom);
    }

    private static String integer(long term) {
        if (!Integers.isInteger(term)) {
            throw ErlangException.badarg("not an integer");
        }
        return Integers.toBigInteger(term).toString();
    }

    private static long atom(AtomTable atoms, String text) {
        if (text.codePointCount(0, text.length()) > AtomTable.MAX_ATOM_CHARACTERS) {
            throw ErlangException.systemLimit("atom too long");
        }
        return atoms.atom(text);
    }

    private static long existing(AtomTable atoms, String text) {
        long atom = atoms.existing(text);
        if (atom == TermTags.NON_VALUE) {
            throw ErlangException.badarg("no such atom");
        }
        return atom;
    }

    /** A binary's bytes as UTF-8 text. */
    private static String text(long binary) {
        if (!Binaries.isBinaryTerm(binary) || Binaries.bitSize(binary) % 8 != 0) {
            throw ErlangException.badarg("not a binary");
        }
        return new String(Binaries.toByteArray(binary), StandardCharsets.UTF_8);
    }

    /** A proper list of Unicode code points as a string; badarg for anything else. */
    static String string(long list) {
        StringBuilder text = new StringBuilder();
        long rest = list;
        while (TermTags.isList(rest)) {
            long c = Lists.head(rest);
            if (!TermTags.isSmall(c) || TermTags.smallValue(c) < 0 || TermTags.smallValue(c) > 0x10FFFF) {
                throw ErlangException.badarg("not a character list");
            }
            text.appendCodePoint((int) TermTags.smallValue(c));
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("not a proper list");
        }
        return text.toString();
    }

    /** {@code text} as a list of code points on {@code heap}. */
    static long characters(HeapAllocator heap, String text) {
        int[] points = text.codePoints().toArray();
        long list = TermTags.NIL;
        for (int i = points.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(points[i]), list);
        }
        return list;
    }
}

package org.jbeam.vm.term;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.memory.NativeMemory;

/**
 * The standard order of terms, as OTP 25's {@code erts_cmp} ({@code erts_cmp_compound} in
 * {@code utils.c}) defines it, in its two flavours.
 *
 * <ul>
 * <li>{@link #compare}: the arithmetic order of {@code <}, {@code ==} and {@code lists:sort/1},
 *     where {@code 1 == 1.0};
 * <li>{@link #compareExact}: the order of {@code =:=} and of map keys, where every integer is
 *     less than every float.
 * </ul>
 *
 * Classes rank number &lt; atom &lt; reference &lt; fun &lt; port &lt; pid &lt; tuple &lt; map &lt;
 * nil &lt; list &lt; bitstring. Atoms compare by their text (UTF-8 bytes, which orders as code
 * points); tuples by size, then elements; lists element by element, then tails; bitstrings bit
 * by bit over the common length, then the shorter first; maps by size, then their keys in map
 * key order (compared exactly), then the values in that key order. Pids compare by serial and
 * number, then node; ports and references by node (name, then creation), then their numbers.
 * Local funs compare by module, index, old uniq, number of free variables, then free variables;
 * local funs sort before {@code fun M:F/A} exports, which compare by module, function, arity.
 *
 * <p>The walk keeps pending pairs on an explicit stack, so deep terms cannot overflow the Java
 * stack. The object holds the atom table it reads atom text from, and no other state.
 */
public final class TermOrder {
    private final AtomTable atoms;

    public TermOrder(AtomTable atoms) {
        this.atoms = atoms;
    }

    public AtomTable atoms() {
        return atoms;
    }

    /** Negative, zero or positive as {@code a} is less than, equal to ({@code ==}) or greater than {@code b}. */
    public int compare(long a, long b) {
        return run(a, b, false);
    }

    /** Like {@link #compare} in the exact order: zero only when {@code a =:= b}. */
    public int compareExact(long a, long b) {
        return run(a, b, true);
    }

    /** {@code a == b}. */
    public boolean arithmeticEquals(long a, long b) {
        return a == b || compare(a, b) == 0;
    }

    /** {@code a =:= b}; needs no atom text, see {@link TermEquality}. */
    public boolean exactEquals(long a, long b) {
        return TermEquality.exactEquals(a, b);
    }

    /** The order of two atoms: their texts, byte by byte, a prefix first. */
    public int compareAtoms(long a, long b) {
        if (a == b) {
            return 0;
        }
        return Integer.signum(Arrays.compareUnsigned(atoms.utf8(a), atoms.utf8(b)));
    }

    /** What {@link #quick} answers when the pair needs the full walk. */
    private static final int UNDECIDED = 2;

    private int run(long a, long b, boolean exact) {
        int quick = quick(a, b);
        if (quick != UNDECIDED) {
            return quick;
        }
        TermStack pending = new TermStack();
        long left = a;
        long right = b;
        boolean mode = exact;
        while (true) {
            if (left != right) {
                int c = step(left, right, mode, pending);
                if (c != 0) {
                    return c < 0 ? -1 : 1;
                }
            }
            if (pending.isEmpty()) {
                return 0;
            }
            mode = pending.pop() != 0;
            right = pending.pop();
            left = pending.pop();
        }
    }

    /**
     * The order of the pairs most comparisons meet (the same word, two small integers, two
     * atoms: the same in both flavours), without the walk; {@link #UNDECIDED} for the rest.
     */
    private int quick(long a, long b) {
        if (a == b) {
            return 0;
        }
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return Long.compare(TermTags.smallValue(a), TermTags.smallValue(b));
        }
        if (TermTags.isAtom(a) && TermTags.isAtom(b)) {
            return compareAtoms(a, b);
        }
        if (Floats.isFloat(a) && Floats.isFloat(b)) {
            // Primitive order: OTP 25 has -0.0 equal to 0.0 (Double.compare would not).
            double x = Floats.value(a);
            double y = Floats.value(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return UNDECIDED;
    }

    /**
     * Two lists: along both spines while the heads decide at once ({@link #quick}), then the
     * first head pair that needs the walk and the rest are deferred (the heads compared first).
     */
    private int compareLists(long a, long b, boolean exact, TermStack pending) {
        long left = a;
        long right = b;
        while (TermTags.isList(left) && TermTags.isList(right)) {
            long x = Lists.head(left);
            long y = Lists.head(right);
            int c = quick(x, y);
            if (c == UNDECIDED) {
                defer(pending, Lists.tail(left), Lists.tail(right), exact);
                defer(pending, x, y, exact);
                return 0;
            }
            if (c != 0) {
                return c;
            }
            left = Lists.tail(left);
            right = Lists.tail(right);
            if (left == right) {
                return 0;
            }
        }
        defer(pending, left, right, exact);
        return 0;
    }

    private static void defer(TermStack pending, long a, long b, boolean exact) {
        pending.push(a);
        pending.push(b);
        pending.push(exact ? 1 : 0);
    }

    /**
     * Decides the pair or defers its parts: nonzero when {@code a} and {@code b} differ at
     * their top, zero after pushing the sub-pairs (first to compare pushed last).
     */
    private int step(long a, long b, boolean exact, TermStack pending) {
        TermKind kind = TermKind.of(a);
        TermKind other = TermKind.of(b);
        if (kind != other) {
            return kind.compareTo(other);
        }
        return switch (kind) {
            case NUMBER -> NumberOrder.compare(a, b, exact);
            case ATOM -> compareAtoms(a, b);
            case NIL -> 0;
            case LIST -> compareLists(a, b, exact, pending);
            case TUPLE -> deferTuples(a, b, exact, pending);
            case MAP -> deferMaps(a, b, exact, pending);
            case BITSTRING -> compareBitstrings(a, b);
            case PID -> comparePids(a, b);
            case PORT -> comparePorts(a, b);
            case REFERENCE -> compareReferences(a, b);
            case FUN -> compareFuns(a, b, exact, pending);
        };
    }

    /** Two tuples: by size, then the elements that {@link #quick} decides; the rest deferred in order. */
    private int deferTuples(long a, long b, boolean exact, TermStack pending) {
        int arity = Tuples.arity(a);
        int otherArity = Tuples.arity(b);
        if (arity != otherArity) {
            return arity < otherArity ? -1 : 1;
        }
        for (int i = 1; i <= arity; i++) {
            int c = quick(Tuples.element(a, i), Tuples.element(b, i));
            if (c == UNDECIDED) {
                for (int j = arity; j >= i; j--) {
                    defer(pending, Tuples.element(a, j), Tuples.element(b, j), exact);
                }
                return 0;
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int deferMaps(long a, long b, boolean exact, TermStack pending) {
        long size = Maps.size(a);
        long otherSize = Maps.size(b);
        if (size != otherSize) {
            return size < otherSize ? -1 : 1;
        }
        long[][] left = Maps.entriesInKeyOrder(this, a);
        long[][] right = Maps.entriesInKeyOrder(this, b);
        // Values are compared only once all keys are equal, so they go deeper in the stack.
        for (int i = (int) size - 1; i >= 0; i--) {
            defer(pending, left[1][i], right[1][i], exact);
        }
        for (int i = (int) size - 1; i >= 0; i--) {
            defer(pending, left[0][i], right[0][i], true);
        }
        return 0;
    }

    static int compareBitstrings(long a, long b) {
        long aBits = Binaries.bitSize(a);
        long bBits = Binaries.bitSize(b);
        if (((aBits | bBits) & 7) == 0 && Binaries.bitOffset(a) == 0 && Binaries.bitOffset(b) == 0) {
            long common = Math.min(aBits, bBits) >>> 3;
            int c = compareBytes(Binaries.bytesAddress(a), Binaries.bytesAddress(b), common);
            return c != 0 ? c : Long.compare(aBits, bBits);
        }
        byte[] aBytes = Binaries.toByteArray(a);
        byte[] bBytes = Binaries.toByteArray(b);
        long common = Math.min(aBits, bBits);
        int wholeBytes = (int) (common >>> 3);
        int c = Arrays.compareUnsigned(aBytes, 0, wholeBytes, bBytes, 0, wholeBytes);
        if (c != 0) {
            return c;
        }
        int restBits = (int) (common & 7);
        if (restBits != 0) {
            int mask = 0xFF << (8 - restBits) & 0xFF;
            c = Integer.compare(aBytes[wholeBytes] & mask, bBytes[wholeBytes] & mask);
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(aBits, bBits);
    }

    private static int compareBytes(long a, long b, long length) {
        if (length == 0) {
            return 0;
        }
        MemorySegment left = NativeMemory.segment(a, length);
        MemorySegment right = NativeMemory.segment(b, length);
        long at = left.mismatch(right);
        if (at < 0) {
            return 0;
        }
        return Integer.compare(NativeMemory.byteAt(a + at), NativeMemory.byteAt(b + at));
    }

    private int comparePids(long a, long b) {
        int c = Long.compare(pidSerial(a), pidSerial(b));
        if (c == 0) {
            c = Long.compare(pidNumber(a), pidNumber(b));
        }
        return c != 0 ? c : compareNodes(a, b);
    }

    private static long pidSerial(long pid) {
        return TermTags.isLocalPid(pid) ? Identifiers.pidSerial(pid) : Identifiers.externalData(pid, 1);
    }

    private static long pidNumber(long pid) {
        return TermTags.isLocalPid(pid) ? Identifiers.pidNumber(pid) : Identifiers.externalData(pid, 0);
    }

    private int comparePorts(long a, long b) {
        int c = compareNodes(a, b);
        return c != 0 ? c : Long.compareUnsigned(portNumber(a), portNumber(b));
    }

    private static long portNumber(long port) {
        return TermTags.isLocalPort(port) ? Identifiers.portNumber(port) : Identifiers.externalData(port, 0);
    }

    /** OTP's {@code CMP_NODES}: node name, then creation; local terms are on nonode@nohost, creation 0. */
    private int compareNodes(long a, long b) {
        boolean aLocal = !TermTags.isBoxed(a) || Identifiers.isLocalReference(a);
        boolean bLocal = !TermTags.isBoxed(b) || Identifiers.isLocalReference(b);
        long aNode = aLocal ? Atoms.NONODE : Identifiers.externalNode(a);
        long bNode = bLocal ? Atoms.NONODE : Identifiers.externalNode(b);
        int c = compareAtoms(aNode, bNode);
        if (c != 0) {
            return c;
        }
        long aCreation = aLocal ? 0 : Identifiers.externalCreation(a);
        long bCreation = bLocal ? 0 : Identifiers.externalCreation(b);
        return Long.compareUnsigned(aCreation, bCreation);
    }

    private int compareReferences(long a, long b) {
        int c = compareNodes(a, b);
        if (c != 0) {
            return c;
        }
        long[] left = referenceNumbers(a);
        long[] right = referenceNumbers(b);
        // Extra high-order numbers decide only when nonzero, as in OTP's ref_common.
        for (int i = left.length - 1; i >= right.length; i--) {
            if (left[i] != 0) {
                return 1;
            }
        }
        for (int i = right.length - 1; i >= left.length; i--) {
            if (right[i] != 0) {
                return -1;
            }
        }
        for (int i = Math.min(left.length, right.length) - 1; i >= 0; i--) {
            if (left[i] != right[i]) {
                return Long.compare(left[i], right[i]);
            }
        }
        return 0;
    }

    /** The 32-bit numbers of a reference, least significant first. */
    static long[] referenceNumbers(long ref) {
        boolean local = Identifiers.isLocalReference(ref);
        int count = local ? Identifiers.referenceIdCount(ref) : Identifiers.externalDataCount(ref);
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = (local ? Identifiers.referenceId(ref, i) : Identifiers.externalData(ref, i)) & 0xFFFF_FFFFL;
        }
        return numbers;
    }

    private int compareFuns(long a, long b, boolean exact, TermStack pending) {
        boolean aExport = Funs.isExport(a);
        boolean bExport = Funs.isExport(b);
        if (aExport != bExport) {
            return aExport ? 1 : -1;
        }
        if (aExport) {
            long ae = Funs.exportEntry(a);
            long be = Funs.exportEntry(b);
            int c = compareAtoms(ExportEntry.module(ae), ExportEntry.module(be));
            if (c == 0) {
                c = compareAtoms(ExportEntry.function(ae), ExportEntry.function(be));
            }
            return c != 0 ? c : Integer.compare(ExportEntry.arity(ae), ExportEntry.arity(be));
        }
        long af = Funs.funEntry(a);
        long bf = Funs.funEntry(b);
        int c = compareAtoms(FunEntry.module(af), FunEntry.module(bf));
        if (c == 0) {
            c = Integer.compare(FunEntry.index(af), FunEntry.index(bf));
        }
        if (c == 0) {
            c = Long.compare(FunEntry.oldUniq(af), FunEntry.oldUniq(bf));
        }
        if (c == 0) {
            c = Integer.compare(Funs.freeCount(a), Funs.freeCount(b));
        }
        if (c != 0) {
            return c;
        }
        for (int i = Funs.freeCount(a) - 1; i >= 0; i--) {
            defer(pending, Funs.freeVariable(a, i), Funs.freeVariable(b, i), exact);
        }
        return 0;
    }
}

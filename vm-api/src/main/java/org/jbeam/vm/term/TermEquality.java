package org.jbeam.vm.term;

import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;

/**
 * Exact equality of terms, {@code =:=}, as OTP 25's {@code eq} in {@code utils.c}: the same
 * answer as {@link TermOrder#compareExact} returning zero, without needing atom text (equal
 * atoms are the same word). {@code 0.0 =:= -0.0} holds in OTP 25.
 *
 * <p>Two maps with the same keys have the same layout (a flatmap's keys are sorted; a trie's
 * shape follows from its keys' hashes), so maps are compared entry by entry in iteration order.
 */
public final class TermEquality {
    private TermEquality() {}

    public static boolean exactEquals(long a, long b) {
        TermStack pending = new TermStack();
        long left = a;
        long right = b;
        while (true) {
            if (left != right && !shallowEquals(left, right, pending)) {
                return false;
            }
            if (pending.isEmpty()) {
                return true;
            }
            right = pending.pop();
            left = pending.pop();
        }
    }

    private static void defer(TermStack pending, long a, long b) {
        pending.push(a);
        pending.push(b);
    }

    /** Whether two different words may be equal terms; defers their parts to {@code pending}. */
    private static boolean shallowEquals(long a, long b, TermStack pending) {
        TermKind kind = TermKind.of(a);
        if (kind != TermKind.of(b)) {
            return false;
        }
        switch (kind) {
            case NUMBER:
                return NumberOrder.compare(a, b, true) == 0;
            case LIST:
                defer(pending, Lists.tail(a), Lists.tail(b));
                defer(pending, Lists.head(a), Lists.head(b));
                return true;
            case TUPLE:
                return deferTuples(a, b, pending);
            case MAP:
                return deferMaps(a, b, pending);
            case BITSTRING:
                return TermOrder.compareBitstrings(a, b) == 0;
            case PID, PORT, REFERENCE:
                return identifiersEqual(a, b);
            case FUN:
                return deferFuns(a, b, pending);
            default: // atoms and nil are equal only as the same word
                return false;
        }
    }

    private static boolean deferTuples(long a, long b, TermStack pending) {
        int arity = Tuples.arity(a);
        if (arity != Tuples.arity(b)) {
            return false;
        }
        for (int i = arity; i >= 1; i--) {
            defer(pending, Tuples.element(a, i), Tuples.element(b, i));
        }
        return true;
    }

    private static boolean deferMaps(long a, long b, TermStack pending) {
        if (Maps.size(a) != Maps.size(b)) {
            return false;
        }
        long[][] left = Maps.entries(a);
        long[][] right = Maps.entries(b);
        for (int i = left[0].length - 1; i >= 0; i--) {
            defer(pending, left[1][i], right[1][i]);
            defer(pending, left[0][i], right[0][i]);
        }
        return true;
    }

    private static boolean identifiersEqual(long a, long b) {
        if (TermTags.isLocalPid(a) || TermTags.isLocalPort(a) || TermTags.isLocalPid(b) || TermTags.isLocalPort(b)) {
            return false; // two equal local immediates are the same word, and a local one never equals a remote one
        }
        if (Identifiers.isLocalReference(a) != Identifiers.isLocalReference(b)) {
            return false;
        }
        if (!Identifiers.isLocalReference(a) && (Identifiers.externalNode(a) != Identifiers.externalNode(b)
                || Identifiers.externalCreation(a) != Identifiers.externalCreation(b)
                || Boxed.subtag(a) != Boxed.subtag(b))) {
            return false;
        }
        if (Boxed.subtag(a) == TermTags.EXTERNAL_PID_SUBTAG || Boxed.subtag(a) == TermTags.EXTERNAL_PORT_SUBTAG) {
            int count = Identifiers.externalDataCount(a);
            for (int i = 0; i < count; i++) {
                if (Identifiers.externalData(a, i) != Identifiers.externalData(b, i)) {
                    return false;
                }
            }
            return true;
        }
        return referencesEqual(TermOrder.referenceNumbers(a), TermOrder.referenceNumbers(b));
    }

    /** Equal numbers, a longer one's extra high-order numbers being zero (OTP's ref_common). */
    private static boolean referencesEqual(long[] left, long[] right) {
        int common = Math.min(left.length, right.length);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? left[i] : 0;
            long r = i < right.length ? right[i] : 0;
            if (l != r || (i >= common && (l | r) != 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean deferFuns(long a, long b, TermStack pending) {
        if (Funs.isExport(a) || Funs.isExport(b)) {
            if (!Funs.isExport(a) || !Funs.isExport(b)) {
                return false;
            }
            long ae = Funs.exportEntry(a);
            long be = Funs.exportEntry(b);
            return ae == be || (ExportEntry.module(ae) == ExportEntry.module(be)
                    && ExportEntry.function(ae) == ExportEntry.function(be)
                    && ExportEntry.arity(ae) == ExportEntry.arity(be));
        }
        long af = Funs.funEntry(a);
        long bf = Funs.funEntry(b);
        if (FunEntry.module(af) != FunEntry.module(bf) || FunEntry.index(af) != FunEntry.index(bf)
                || FunEntry.oldUniq(af) != FunEntry.oldUniq(bf) || Funs.freeCount(a) != Funs.freeCount(b)) {
            return false;
        }
        for (int i = Funs.freeCount(a) - 1; i >= 0; i--) {
            defer(pending, Funs.freeVariable(a, i), Funs.freeVariable(b, i));
        }
        return true;
    }
}

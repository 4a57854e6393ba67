package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.BifSite;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;

/**
 * The BIF and guard helpers (OTP's {@code instr_bif} slow paths): BIFs called from native code
 * with the runtime's BIF table, run to their end when they trap, and the comparisons and type
 * tests generated code does not decide inline.
 */
final class BifHelpers {
    /** X registers a guard BIF may overwrite with a trap's state, put back afterwards. */
    private static final int TRAP_SAVED_X = 8;

    private final long[] savedX = new long[TRAP_SAVED_X];

    /** {@code call_ext} of a BIF: the arguments in X0.., the result to X0; counts a reduction as a call does. */
    static void callBif(ErlangProcess p, BifSite site) {
        p.reduce();
        p.setX(0, call(p, site.bif(), site.arity()));
    }

    /** {@code bif} or {@code gc_bif} with its arguments given; NON_VALUE when it failed at a site with a fail label. */
    long guardBif(ErlangProcess p, BifSite site, long[] arguments) {
        long[] args = p.bifArguments();
        System.arraycopy(arguments, 0, args, 0, site.arity());
        for (int k = 0; k < TRAP_SAVED_X; k++) {
            savedX[k] = p.x(k);
        }
        long result;
        try {
            // A guard cannot resume a trapped BIF after a yield: it runs to its end here.
            result = runToEnd(p, site.bif().call(p, args));
        } catch (ErlangException e) {
            restoreX(p);
            if (site.hasFail()) {
                return TermTags.NON_VALUE;
            }
            throw e;
        }
        // BIFs that may trap keep their state in X0.. (length/1 does even when it does not trap);
        // here the X registers belong to the code that called, which still holds them.
        restoreX(p);
        if (site.live() >= 0 && p.heap().needsCollection(0)) {
            // The result is a root too: it rides in X(live), a dead register, through the collection.
            p.setX(site.live(), result);
            p.garbageCollect(site.live() + 1, 0, false);
            result = p.x(site.live());
        }
        return result;
    }

    private void restoreX(ErlangProcess p) {
        for (int k = 0; k < TRAP_SAVED_X; k++) {
            p.setX(k, savedX[k]);
        }
    }

    /** Calls {@code bif} with X0..X(arity-1) and its trap continuations to the end. */
    static long call(ErlangProcess p, Bif bif, int arity) {
        long[] args = p.bifArguments();
        for (int k = 0; k < arity; k++) {
            args[k] = p.x(k);
        }
        return runToEnd(p, bif.call(p, args));
    }

    /** Calls the continuations a trapping BIF leaves until one returns a result. */
    static long runToEnd(ErlangProcess p, long result) {
        while (result == Bif.TRAP) {
            BifTrap trap = p.takeTrap();
            long[] args = p.bifArguments();
            for (int k = 0; k < trap.arity(); k++) {
                args[k] = p.x(k);
            }
            result = trap.continuation().call(p, args);
        }
        return result;
    }

    static boolean compare(TermOrder order, Comparison kind, long a, long b) {
        return switch (kind) {
            case EQ_EXACT -> order.exactEquals(a, b);
            case NE_EXACT -> !order.exactEquals(a, b);
            case EQ -> order.arithmeticEquals(a, b);
            case NE -> !order.arithmeticEquals(a, b);
            case LT -> order.compare(a, b) < 0;
            case GE -> order.compare(a, b) >= 0;
        };
    }

    /** The {@code is_function2} test: a fun taking {@code arity} arguments (a bad arity fails the test, as in a guard). */
    static boolean isFunction(long term, long arity) {
        if (!TermTags.isSmall(arity) || TermTags.smallValue(arity) < 0) {
            return false;
        }
        long wanted = TermTags.smallValue(arity);
        if (Funs.isLocalFun(term)) {
            return Funs.arity(term) == wanted;
        }
        return Funs.isExport(term) && ExportEntry.arity(Funs.exportEntry(term)) == wanted;
    }
}

package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.tier.template.ops.BifSite;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.TierStatus;

/**
 * The Java side of the helpers generated code calls ({@link Helper} documents each one's
 * arguments): the same vm-api semantics the interpreter uses (the collector, the BIF table, term
 * order, the error terms). Runs with the process's state synced from the context; an
 * {@link ErlangException} a helper throws is raised in the process by the caller.
 */
final class HelperCalls {
    /** X registers a guard BIF may overwrite with a trap's state, put back afterwards. */
    private static final int TRAP_SAVED_X = 8;

    private final int tierId;
    private final AtomTable atoms;
    private final ExportResolver resolver;
    private final long[] savedX = new long[TRAP_SAVED_X];

    HelperCalls(int tierId, AtomTable atoms, ExportResolver resolver) {
        this.tierId = tierId;
        this.atoms = atoms;
        this.resolver = resolver;
    }

    Outcome run(Helper helper, EntryContext c, ErlangProcess p, NativeModule module) {
        long resume = c.resumeAddress();
        switch (helper) {
            case TEST_HEAP -> p.ensureHeap((int) c.argument(1), c.argument(0));
            case GROW_STACK -> p.reserveStack(c.argument(0));
            case CALL_BIF -> callBif(p, module.bifSite((int) c.argument(0)));
            case GUARD_BIF -> c.setArgument(0, guardBif(c, p, module.bifSite((int) c.argument(0))));
            case COMPARE -> c.setArgument(0, compare(p.order(), Comparison.of((int) c.argument(0)), c.argument(1),
                    c.argument(2)) ? 1 : 0);
            case CALL_EXPORT -> {
                return callExport(p, c.argument(0));
            }
            case RAISE -> throw error(p, ErrorKind.of((int) c.argument(0)), c.argument(1));
        }
        return Outcome.enter(resume);
    }

    /** {@code call_ext} of a BIF: the arguments in X0.., the result to X0; counts a reduction as a call does. */
    private static void callBif(ErlangProcess p, BifSite site) {
        p.reduce();
        long[] args = p.bifArguments();
        for (int k = 0; k < site.arity(); k++) {
            args[k] = p.x(k);
        }
        p.setX(0, runToEnd(p, site.bif().call(p, args)));
    }

    private long guardBif(EntryContext c, ErlangProcess p, BifSite site) {
        long[] args = p.bifArguments();
        for (int k = 0; k < site.arity(); k++) {
            args[k] = c.argument(1 + k);
        }
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

    /** Calls the continuations a trapping BIF leaves until one returns a result. */
    private static long runToEnd(ErlangProcess p, long result) {
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

    /** A call through an export entry that native code could not enter directly. */
    private Outcome callExport(ErlangProcess p, long entry) {
        long target = resolver.resolve(p, entry);
        if (ExportEntry.tier(target) == tierId) {
            return Outcome.enter(ExportEntry.code(target));
        }
        p.setHandOverTarget(target);
        return Outcome.leave(TierStatus.CALL_EXPORT);
    }

    private ErlangException error(ErlangProcess p, ErrorKind kind, long value) {
        return switch (kind) {
            case BADMATCH -> tagged(p, "badmatch", value);
            case CASE_END -> tagged(p, "case_clause", value);
            case BADRECORD -> tagged(p, "badrecord", value);
            case IF_END -> ErlangException.error(atoms.atom("if_clause"), "no true branch in if");
            case FUNCTION_CLAUSE -> ErlangException.error(atoms.atom("function_clause"), "no clause matched");
        };
    }

    private ErlangException tagged(ErlangProcess p, String tag, long value) {
        return ErlangException.error(Tuples.make(p.heap(), atoms.atom(tag), value), tag);
    }

    /** The list of X0..X(arity-1): the arguments a {@code function_clause} trace entry shows. */
    static long arguments(ErlangProcess p, int arity) {
        long list = TermTags.NIL;
        for (int k = arity - 1; k >= 0; k--) {
            list = Lists.cons(p.heap(), p.x(k), list);
        }
        return list;
    }
}

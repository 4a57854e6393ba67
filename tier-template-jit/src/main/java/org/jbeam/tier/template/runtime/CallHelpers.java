package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.tier.template.ops.FunSite;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.FailedCall;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.TierStatus;

/**
 * The call helpers (OTP's {@code instr_call}, {@code instr_fun} slow paths, {@code i_apply}):
 * calls whose callee native code could not enter directly. Each ends in an {@link Outcome}: enter
 * this tier's code, or leave with a hand-over status, the registers as that status describes.
 */
final class CallHelpers {
    /** Where {@link #callFun} says "go on" after it ran a BIF, when the caller decides where that is. */
    private static final long BIF_DONE = -1;

    private final int tierId;
    private final ExportResolver resolver;
    private final BifTable bifs;
    private final ExportTable exports;
    /**
     * The function the running helper calls (a BIF it runs or an export it enters), for the trace
     * of an exception that call raises; arity -1 when it calls none.
     */
    private long calleeModule;
    private long calleeFunction;
    private int calleeArity = -1;
    private boolean calleeIsBif;

    CallHelpers(int tierId, ExportResolver resolver, BifTable bifs, ExportTable exports) {
        this.tierId = tierId;
        this.resolver = resolver;
        this.bifs = bifs;
        this.exports = exports;
    }

    /** Forgets the callee of the previous helper: a new helper call begins. */
    void forgetCallee() {
        calleeArity = -1;
    }

    /** The call the helper was making when it raised (its arguments in X0..), or null. */
    FailedCall failedCall(ErlangProcess p) {
        if (calleeArity < 0) {
            return null;
        }
        long[] arguments = new long[calleeArity];
        for (int k = 0; k < calleeArity; k++) {
            arguments[k] = p.x(k);
        }
        return new FailedCall(calleeModule, calleeFunction, arguments, calleeIsBif);
    }

    private void calling(long module, long function, int arity, boolean bif) {
        calleeModule = module;
        calleeFunction = function;
        calleeArity = arity;
        calleeIsBif = bif;
    }

    /** A call through an export entry that native code could not enter directly ({@code undef} when it has no code). */
    Outcome callExport(ErlangProcess p, long entry) {
        calling(ExportEntry.module(entry), ExportEntry.function(entry), ExportEntry.arity(entry), false);
        long target = resolver.resolve(p, entry);
        if (ExportEntry.tier(target) == tierId) {
            return Outcome.enter(ExportEntry.code(target));
        }
        p.setHandOverTarget(target);
        return Outcome.leave(TierStatus.CALL_EXPORT);
    }

    /**
     * A fun call the inline path left to Java: an export fun (a BIF runs at once and the code goes
     * on at {@code back}), a local fun of another tier or of a module not loaded, or not a fun of
     * this arity at all ({@code badfun}, {@code badarity}). A body call set the CP register to
     * {@code back}, which an error then names (erts raises a body call's {@code badfun} from the
     * callee's side: the caller shows twice); a tail call dropped the caller's frame before and
     * left the CP register alone, so its error names the caller's caller next, as erts's
     * {@code i_call_fun_last}, and a BIF run as the fun goes on at {@code back} with the return
     * that followed the call.
     */
    Outcome callFun(ErlangProcess p, long fun, int arity, long back) {
        if (Funs.isLocalFun(fun) && Funs.arity(fun) == arity) {
            for (int k = 0; k < Funs.freeCount(fun); k++) {
                p.setX(arity + k, Funs.freeVariable(fun, k));
            }
            long entry = resolver.resolveFun(Funs.funEntry(fun));
            if (FunEntry.tier(entry) == tierId) {
                return Outcome.enter(FunEntry.code(entry));
            }
            p.setHandOverTarget(entry);
            return Outcome.leave(TierStatus.CALL_FUN);
        }
        if (Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == arity) {
            long entry = Funs.exportEntry(fun);
            Bif bif = bifs.find(ExportEntry.module(entry), ExportEntry.function(entry), arity);
            if (bif != null) {
                calling(ExportEntry.module(entry), ExportEntry.function(entry), arity, true);
                p.setX(0, BifHelpers.call(p, bif, arity));
                return Outcome.enter(back);
            }
            return callExport(p, entry);
        }
        if (Funs.isFun(fun)) {
            long args = TermTags.NIL;
            for (int k = arity - 1; k >= 0; k--) {
                args = Lists.cons(p.heap(), p.x(k), args);
            }
            throw badarity(p, fun, args);
        }
        throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADFUN, fun), "badfun");
    }

    /**
     * {@code erlang:hibernate/3} ({@code erts_hibernate}): badarg unless X0, X1 are atoms and X2 a
     * proper list; the stack goes; the process waits here ({@code again}) until a message is
     * queued, then applies X0:X1(X2...) as a call that ends the process when it returns.
     */
    Outcome hibernate(ErlangProcess p, long again) {
        if (!TermTags.isAtom(p.x(0)) || !TermTags.isAtom(p.x(1)) || Lists.properLength(p.x(2)) < 0) {
            throw ErlangException.badarg("hibernate: a module, a function and a proper argument list");
        }
        p.discardStack();
        p.mailbox().resetSavePointer();
        if (p.mailbox().current() == TermTags.NON_VALUE) {
            return MessageHelpers.waitAt(p, again, 3);
        }
        return apply(p, CallOps.APPLY_MFA, 3, true, again);
    }

    /** {@code erlang:call_on_load_function/1}: enters the on_load function of the code X0 names (a reduction counted). */
    Outcome callOnLoad(ErlangProcess p) {
        if (!TermTags.isAtom(p.x(0))) {
            throw ErlangException.badarg("call_on_load_function: not a module name");
        }
        long address = resolver.onLoadFunction(p.x(0));
        p.reduce();
        return Outcome.enter(address);
    }

    /** {@code apply} in one of its forms (OTP's {@code i_apply}, {@code i_apply_fun}). */
    Outcome apply(ErlangProcess p, int form, int instructionArity, boolean tail, long back) {
        if (form == CallOps.APPLY_FUN) {
            return applyFun(p, tail, back);
        }
        long module;
        long function;
        int arity;
        if (form == CallOps.APPLY_MFA) {
            module = p.x(0);
            function = p.x(1);
            arity = spread(p, p.x(2));
        } else {
            arity = instructionArity;
            module = p.x(arity);
            function = p.x(arity + 1);
        }
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
            throw ErlangException.badarg("apply of a non-atom module or function");
        }
        Bif bif = bifs.find(module, function, arity);
        if (bif != null) {
            calling(module, function, arity, true);
            p.setX(0, BifHelpers.call(p, bif, arity));
            return tail ? returnTo(p) : Outcome.enter(back);
        }
        return callExport(p, exports.entry(module, function, arity));
    }

    private Outcome applyFun(ErlangProcess p, boolean tail, long back) {
        long fun = p.x(0);
        long args = p.x(1);
        int arity = spread(p, args);
        if (!Funs.isFun(fun)) {
            throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADFUN, fun), "badfun");
        }
        if (Funs.isLocalFun(fun) && Funs.arity(fun) != arity) {
            throw badarity(p, fun, args);
        }
        Outcome outcome = callFun(p, fun, arity, BIF_DONE);
        if (!outcome.leaves() && outcome.address() == BIF_DONE) {
            return tail ? returnTo(p) : Outcome.enter(back); // a BIF ran as the fun
        }
        return outcome;
    }

    /** Returns to the CP register: this tier's code, or the bottom or another tier's through the slice loop. */
    private Outcome returnTo(ErlangProcess p) {
        long cp = p.cp();
        if (ContinuationPointer.tier(cp) == tierId) {
            return Outcome.enter(ContinuationPointer.code(cp));
        }
        if (cp == ContinuationPointer.FINISH) {
            return Outcome.leave(TierStatus.FINISHED);
        }
        p.setCp(ContinuationPointer.FINISH);
        p.setHandOverTarget(cp);
        return Outcome.leave(TierStatus.RETURN);
    }

    /** {@code make_fun3}: the environment read from the registers, the fun written to the site's target. */
    static void makeFun(ErlangProcess p, FunSite site) {
        long[] free = new long[site.environment().length];
        for (int k = 0; k < free.length; k++) {
            free[k] = ProcessRegisters.read(p, site.environment()[k]);
        }
        ProcessRegisters.write(p, site.target(),
                Funs.makeLocal(p.heap(), site.funEntry(), site.arity(), p.pid(), free));
    }

    /** Spreads a proper list into X0..; returns its length ({@code badarg} for anything else). */
    private static int spread(ErlangProcess p, long args) {
        long length = Lists.properLength(args);
        if (length < 0) {
            throw ErlangException.badarg("apply: the arguments must be a proper list");
        }
        long rest = args;
        for (int k = 0; k < length; k++) {
            p.setX(k, Lists.head(rest));
            rest = Lists.tail(rest);
        }
        return (int) length;
    }

    private static ErlangException badarity(ErlangProcess p, long fun, long args) {
        return ErlangException.error(Tuples.make(p.heap(), Atoms.BADARITY, Tuples.make(p.heap(), fun, args)),
                "badarity");
    }
}

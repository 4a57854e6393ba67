package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.tier.template.ops.BifSite;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.tier.template.ops.FunSite;
import org.jbeam.tier.template.ops.Register;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessBifs;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.Funs;
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
    /** Where {@link #callFun} says "go on" after it ran a BIF, when the caller decides where that is. */
    private static final long BIF_DONE = -1;

    private final ExportResolver resolver;
    private final BifTable bifs;
    private final ExportTable exports;
    private final long[] savedX = new long[TRAP_SAVED_X];
    /** The trace the exception being thrown keeps ({@code raise}, {@code raw_raise}); NON_VALUE otherwise. */
    private long carriedTrace = TermTags.NON_VALUE;

    HelperCalls(int tierId, AtomTable atoms, BifTable bifs, ExportTable exports, ExportResolver resolver) {
        this.tierId = tierId;
        this.atoms = atoms;
        this.bifs = bifs;
        this.exports = exports;
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
            case CATCH_END -> catchEnd(p);
            case RERAISE -> throw reraise(c.argument(1), c.argument(2));
            case BUILD_STACKTRACE -> p.setX(0, builtTrace(p.x(0)));
            case RAW_RAISE -> throw rawRaise(p);
            case MAKE_FUN -> makeFun(p, module.funSite((int) c.argument(0)));
            case CALL_FUN -> {
                return callFun(p, c.argument(0), (int) c.argument(1), resume);
            }
            case APPLY -> {
                return apply(p, (int) c.argument(0), (int) c.argument(1), c.argument(2) != 0, resume);
            }
            case TO_DOUBLE -> c.setArgument(0, Double.doubleToRawLongBits(Arithmetic.toDouble(c.argument(1))));
            case IS_FUNCTION2 -> c.setArgument(0, isFunction(c.argument(1), c.argument(2)) ? 1 : 0);
            case MAP -> c.setArgument(0, MapHelpers.run(p, module.mapSite((int) c.argument(0))) ? 1 : 0);
            case SEND -> {
                p.reduce();
                p.setX(0, ProcessBifs.send(p, p.x(0), p.x(1)));
            }
            case LOOP_REC -> c.setArgument(0, p.mailbox().current());
            case NEXT_MESSAGE -> p.mailbox().advance();
            case REMOVE_MESSAGE -> {
                p.mailbox().removeCurrent(p.heap());
                clearReceiveTimer(p);
            }
            case WAIT -> {
                return waitAt(p, resume, 0);
            }
            case WAIT_TIMEOUT -> {
                return waitTimeout(p, c.argument(1), c.argument(2), (int) c.argument(3), resume);
            }
            case TIMEOUT -> {
                p.mailbox().resetSavePointer();
                clearReceiveTimer(p);
            }
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

    /** {@code apply} in one of its forms (OTP's {@code i_apply}, {@code i_apply_fun}). */
    private Outcome apply(ErlangProcess p, int form, int instructionArity, boolean tail, long back) {
        if (form == CallOps.APPLY_FUN) {
            long fun = p.x(0);
            long args = p.x(1);
            int arity = spread(p, args);
            if (!Funs.isFun(fun)) {
                throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADFUN, fun), "badfun");
            }
            if (Funs.isExport(fun) || Funs.arity(fun) == arity) {
                Outcome outcome = callFun(p, fun, arity, BIF_DONE);
                if (!outcome.leaves() && outcome.address() == BIF_DONE) {
                    return tail ? returnTo(p) : Outcome.enter(back); // a BIF ran as the fun
                }
                return outcome;
            }
            throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADARITY, Tuples.make(p.heap(), fun, args)),
                    "badarity");
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
        long entry = exports.entry(module, function, arity);
        Bif bif = bifs.find(module, function, arity);
        if (bif != null) {
            long[] args = p.bifArguments();
            for (int k = 0; k < arity; k++) {
                args[k] = p.x(k);
            }
            p.setX(0, runToEnd(p, bif.call(p, args)));
            return tail ? returnTo(p) : Outcome.enter(back);
        }
        return callExport(p, entry);
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

    /** The {@code is_function2} test: a fun taking {@code arity} arguments (a bad arity fails the test, as in a guard). */
    private static boolean isFunction(long term, long arity) {
        if (!TermTags.isSmall(arity) || TermTags.smallValue(arity) < 0) {
            return false;
        }
        long wanted = TermTags.smallValue(arity);
        if (Funs.isLocalFun(term)) {
            return Funs.arity(term) == wanted;
        }
        return Funs.isExport(term) && ExportEntry.arity(Funs.exportEntry(term)) == wanted;
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

    /** Leaves the tier waiting; a message (or the timer) makes the scheduler resume at {@code loop}. */
    private static Outcome waitAt(ErlangProcess p, long loop, int liveX) {
        p.setResumePosition(loop);
        p.setLiveX(liveX);
        return Outcome.leave(TierStatus.WAITING);
    }

    private Outcome waitTimeout(ErlangProcess p, long time, long loop, int liveX, long timeout) {
        if (time == Atoms.INFINITY) {
            return waitAt(p, loop, liveX);
        }
        if (!TermTags.isSmall(time) || TermTags.smallValue(time) < 0) {
            throw ErlangException.error(atoms.atom("timeout_value"), "bad receive timeout");
        }
        ProcessControl control = p.control();
        if (control == null) {
            throw ErlangException.badarg("receive ... after needs a process runtime");
        }
        if (control.timedOut() || time == TermTags.makeSmall(0)) {
            return Outcome.enter(timeout);
        }
        if (!control.receiveTimerRunning()) {
            control.runtime().startReceiveTimer(p, TermTags.smallValue(time));
        }
        return waitAt(p, loop, liveX);
    }

    private static void clearReceiveTimer(ErlangProcess p) {
        if (p.control() != null) {
            p.control().runtime().clearReceiveTimer(p);
        }
    }

    private static void makeFun(ErlangProcess p, FunSite site) {
        long[] free = new long[site.environment().length];
        for (int k = 0; k < free.length; k++) {
            free[k] = read(p, site.environment()[k]);
        }
        write(p, site.target(), Funs.makeLocal(p.heap(), site.funEntry(), site.arity(), p.pid(), free));
    }

    /**
     * A fun call the inline path left to Java (OTP's {@code call_fun} slow path): an export fun
     * (a BIF runs at once and the code goes on at {@code back}), a local fun of another tier or of
     * a module not loaded, or not a fun of this arity at all.
     */
    private Outcome callFun(ErlangProcess p, long fun, int arity, long back) {
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
                long[] args = p.bifArguments();
                for (int k = 0; k < arity; k++) {
                    args[k] = p.x(k);
                }
                p.setX(0, runToEnd(p, bif.call(p, args)));
                return Outcome.enter(back);
            }
            return callExport(p, entry);
        }
        if (Funs.isFun(fun)) {
            long args = TermTags.NIL;
            for (int k = arity - 1; k >= 0; k--) {
                args = Lists.cons(p.heap(), p.x(k), args);
            }
            throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADARITY, Tuples.make(p.heap(), fun, args)),
                    "badarity");
        }
        throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADFUN, fun), "badfun");
    }

    static long read(ErlangProcess p, Source source) {
        return switch (source) {
            case XReg x -> p.x(x.index());
            case YReg y -> p.y(y.index());
            case Constant c -> c.term();
        };
    }

    static void write(ErlangProcess p, Register target, long term) {
        switch (target) {
            case XReg x -> p.setX(x.index(), term);
            case YReg y -> p.setY(y.index(), term);
        }
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
            case TRY_CLAUSE -> tagged(p, "try_clause", value);
            case BADARITH -> ErlangException.badarith("float result out of range");
        };
    }

    /** The trace a re-raise keeps, for the exception it throws; NON_VALUE after it is taken. */
    long takeCarriedTrace() {
        long trace = carriedTrace;
        carriedTrace = TermTags.NON_VALUE;
        return trace;
    }

    /** {@code catch_end} after an exception: a thrown value as is, an exit as {@code {'EXIT', R}}, an error with its trace. */
    private void catchEnd(ErlangProcess p) {
        long kind = p.x(1);
        long reason = p.x(2);
        long exit = atoms.atom("EXIT");
        if (kind == Atoms.THROW) {
            p.setX(0, reason);
        } else if (kind == Atoms.ERROR) {
            long trace = builtTrace(p.x(3));
            p.setX(0, Tuples.make(p.heap(), exit, Tuples.make(p.heap(), reason, trace)));
        } else {
            p.setX(0, Tuples.make(p.heap(), exit, reason));
        }
    }

    /** {@code raise Trace Value}: the class comes from the raw trace, which the exception keeps. */
    private ErlangException reraise(long raw, long value) {
        carriedTrace = builtTrace(raw);
        return new ErlangException(kindOf(rawClass(raw)), value, "re-raised");
    }

    private ErlangException rawRaise(ErlangProcess p) {
        long classAtom = p.x(0);
        if (classAtom != Atoms.ERROR && classAtom != Atoms.EXIT && classAtom != Atoms.THROW) {
            return ErlangException.badarg("raw_raise with a bad class");
        }
        carriedTrace = builtTrace(p.x(2));
        return new ErlangException(kindOf(classAtom), p.x(1), "raw_raise");
    }

    /** The raw trace {@code {Class, Trace}} the handler got in X3: its class. */
    private static long rawClass(long raw) {
        return Tuples.isTuple(raw) && Tuples.arity(raw) == 2 ? Tuples.element(raw, 1) : Atoms.ERROR;
    }

    /** The raw trace's list of entries. */
    private static long builtTrace(long raw) {
        return Tuples.isTuple(raw) && Tuples.arity(raw) == 2 ? Tuples.element(raw, 2) : TermTags.NIL;
    }

    private static ErlangException.Kind kindOf(long classAtom) {
        if (classAtom == Atoms.EXIT) {
            return ErlangException.Kind.EXIT;
        }
        return classAtom == Atoms.THROW ? ErlangException.Kind.THROW : ErlangException.Kind.ERROR;
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

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierStatus;

/**
 * Calls and returns, as OTP's {@code instr_call}: a call saves a continuation pointer in the
 * process's CP register (which {@code allocate} pushes into the frame), {@code _only} calls
 * keep the caller's CP, {@code _last} calls drop the frame first. Each call counts one
 * reduction (contract 4); when the slice runs out the process yields at the callee's entry.
 */
final class Calls {
    private Calls() {}

    static int call(Machine m, CallOps.Call i, int pc) {
        m.process.setCp(m.continuation(pc + 1));
        return enterLocal(m, i.target());
    }

    static int callOnly(Machine m, CallOps.CallOnly i) {
        return enterLocal(m, i.target());
    }

    static int callLast(Machine m, CallOps.CallLast i) {
        m.process.deallocate(i.deallocate());
        return enterLocal(m, i.target());
    }

    static int callExt(Machine m, CallOps.CallExt i, int pc) {
        m.process.setCp(m.continuation(pc + 1));
        return enterExport(m, i.exportEntry());
    }

    static int callExtOnly(Machine m, CallOps.CallExtOnly i) {
        return enterExport(m, i.exportEntry());
    }

    static int callExtLast(Machine m, CallOps.CallExtLast i) {
        m.process.deallocate(i.deallocate());
        return enterExport(m, i.exportEntry());
    }

    static int callBif(Machine m, CallOps.CallBif i, int pc) {
        m.process.reduce();
        markBifCall(m, pc);
        long result = invokeWithinSlice(m.process, i.bif(), i.arity());
        if (result == Bif.TRAP) {
            return m.yieldAt(pc); // the slice ran out inside a long BIF: this call goes on after the yield
        }
        m.process.setX(0, result);
        return pc + 1;
    }

    static int callBifReturn(Machine m, CallOps.CallBifReturn i, int pc) {
        m.process.reduce();
        markBifCall(m, pc);
        long result = invokeWithinSlice(m.process, i.bif(), i.arity());
        if (result == Bif.TRAP) {
            return m.yieldAt(pc);
        }
        m.process.setX(0, result);
        // call_ext_last N drops a frame even when N is 0 (allocate 0 still saved the CP).
        if (i.deallocate() >= 0) {
            m.process.deallocate(i.deallocate());
        }
        return doReturn(m);
    }

    /**
     * Notes the calling instruction as the process's position while a BIF runs, so that
     * {@code process_info(self(), current_function | current_location | current_stacktrace)}
     * names the caller as erl does ({@link SuspendedStacks}); a yield or wait overwrites it.
     */
    private static void markBifCall(Machine m, int pc) {
        m.process.setResumePosition(Machine.position(m.module.id(), pc));
    }

    /** {@code apply}/{@code apply_last}: module and function in the two X registers after the arguments. */
    static int apply(Machine m, CallOps.Apply i, int pc) {
        ErlangProcess p = m.process;
        long module = p.x(i.arity());
        long function = p.x(i.arity() + 1);
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
            throw ErlangException.badarg("apply of a non-atom module or function");
        }
        long entry = m.interpreter.exportEntry(module, function, i.arity());
        Bif bif = m.interpreter.bifFor(entry);
        if (bif != null) {
            if (i.deallocate() < 0) {
                p.setX(0, invoke(p, bif, i.arity()));
                return pc + 1;
            }
            // apply_last drops the frame before the BIF runs (erts's i_apply_last): its error
            // names the caller's caller next, not the applier.
            p.deallocate(i.deallocate());
            p.setX(0, invoke(p, bif, i.arity()));
            return doReturn(m);
        }
        if (i.deallocate() < 0) {
            p.setCp(m.continuation(pc + 1));
        } else {
            p.deallocate(i.deallocate());
        }
        return enterExport(m, entry);
    }

    /** {@code return}: jump to the CP; the bottom CP ends the process's first call. */
    static int doReturn(Machine m) {
        long cp = m.process.cp();
        if (cp == ContinuationPointer.FINISH) {
            return Machine.FINISHED;
        }
        // The CP is consumed: a stack trace must not report the function returned from.
        m.process.setCp(ContinuationPointer.FINISH);
        if (ContinuationPointer.tier(cp) != m.interpreter.id()) {
            return m.handOver(TierStatus.RETURN, cp);
        }
        return m.goTo(ContinuationPointer.code(cp));
    }

    /**
     * A BIF called with its arguments in X0..X(arity-1), run to its end: a BIF that traps is
     * called again at once (call sites that cannot resume it after a yield use this).
     */
    static long invoke(ErlangProcess process, Bif bif, int arity) {
        // Apply and fun calls name their callee in the registers after the arguments, which a
        // trapping BIF's state overwrites: they are put back for a stack trace's sake.
        long afterArguments = process.x(arity);
        long afterThat = process.x(arity + 1);
        try {
            long result = invokeOnce(process, bif, arity);
            while (result == Bif.TRAP) {
                BifTrap trap = process.takeTrap();
                result = invokeOnce(process, trap.continuation(), trap.arity());
            }
            return result;
        } finally {
            process.setX(arity, afterArguments);
            process.setX(arity + 1, afterThat);
        }
    }

    /**
     * Calls {@code bif}, or the continuation a yield left pending at this call, and the
     * continuations it traps to while the slice lasts; {@link Bif#TRAP} comes back when the
     * slice runs out with one still pending.
     */
    private static long invokeWithinSlice(ErlangProcess process, Bif bif, int arity) {
        BifTrap resumed = process.takeTrap();
        long result = resumed == null ? invokeOnce(process, bif, arity)
                : invokeOnce(process, resumed.continuation(), resumed.arity());
        while (result == Bif.TRAP && process.reductions() > 0) {
            BifTrap trap = process.takeTrap();
            result = invokeOnce(process, trap.continuation(), trap.arity());
        }
        return result;
    }

    private static long invokeOnce(ErlangProcess process, Bif bif, int arity) {
        long[] args = process.bifArguments();
        for (int k = 0; k < arity; k++) {
            args[k] = process.x(k);
        }
        return bif.call(process, args);
    }

    static int enterLocal(Machine m, int target) {
        return m.process.reduce() ? target : m.yieldAt(target);
    }

    /**
     * Enters the code an export entry points at, loading its module first when needed; a
     * function another tier runs is handed over to it, with the arguments and CP in place.
     */
    static int enterExport(Machine m, long entry) {
        entry = UndefinedFunctions.redirect(m.interpreter, m.process, entry);
        InterpretedModule callee = m.interpreter.moduleFor(entry);
        if (callee == null) {
            return m.handOver(TierStatus.CALL_EXPORT, entry);
        }
        m.enter(callee);
        int target = callee.entry(ExportEntry.code(entry));
        return enterLocal(m, target);
    }
}

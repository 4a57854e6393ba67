package org.jbeam.tier.interpreter;

import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.tier.TierStatus;

/**
 * The interpreter's side of the tier hand-over (contract 3; the register conventions are
 * {@link TierStatus}'s): another tier left the process to call one of this interpreter's
 * functions or funs, to return to one of its continuation pointers, or to deliver an exception
 * to one of its catch tags, and the scheduler's slice loop continues the process here. The
 * slice goes on with the reductions left (nothing is refilled); an entered call counts its
 * reduction as a same-tier call does.
 */
final class HandOvers {
    private HandOvers() {}

    static TierStatus enterExport(Interpreter interpreter, ErlangProcess process, long exportEntry) {
        InterpretedModule callee;
        try {
            callee = interpreter.moduleFor(exportEntry);
        } catch (ErlangException e) {
            return raised(process, e);
        }
        if (callee == null) {
            // Reloaded onto another tier between the hand-over and now: pass it on.
            process.setHandOverTarget(exportEntry);
            return TierStatus.CALL_EXPORT;
        }
        Machine m = new Machine(interpreter, process, callee);
        return Dispatch.run(m, Calls.enterLocal(m, callee.entry(ExportEntry.code(exportEntry))));
    }

    static TierStatus enterFun(Interpreter interpreter, ErlangProcess process, long funEntry) {
        InterpretedModule callee;
        try {
            callee = interpreter.moduleForFun(funEntry);
        } catch (ErlangException e) {
            return raised(process, e);
        }
        if (callee == null) {
            process.setHandOverTarget(funEntry);
            return TierStatus.CALL_FUN;
        }
        Machine m = new Machine(interpreter, process, callee);
        return Dispatch.run(m, Calls.enterLocal(m, callee.entry(FunEntry.code(funEntry))));
    }

    static TierStatus returnTo(Interpreter interpreter, ErlangProcess process, long cp) {
        long position = ContinuationPointer.code(cp);
        Machine m = new Machine(interpreter, process, interpreter.module((int) (position >>> 32)));
        return Dispatch.run(m, (int) position);
    }

    static TierStatus catchAt(Interpreter interpreter, ErlangProcess process, long catchTag) {
        long position = interpreter.catchPosition(catchTag);
        Machine m = new Machine(interpreter, process, interpreter.module((int) (position >>> 32)));
        return Dispatch.run(m, (int) position);
    }

    /**
     * The callee's code, bound to this tier when the caller looked, cannot be translated here
     * (its module failed to load): the process ends with the error, as a failed start does.
     */
    private static TierStatus raised(ErlangProcess process, ErlangException e) {
        process.setExitReason(e);
        return TierStatus.RAISED;
    }
}

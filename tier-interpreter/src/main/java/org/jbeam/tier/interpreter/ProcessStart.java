package org.jbeam.tier.interpreter;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.TierStatus;

/**
 * Starting a process on {@code erlang:apply(Fun, Args)}, the entry {@code spawn(Fun)} uses (as
 * OTP's {@code spawn/1} does): the arguments go to X0.., a local fun's free variables after
 * them, and the fun's code runs with the bottom continuation pointer, so returning from it ends
 * the process. A value that is not a fun of the right arity ends the process with
 * {@code badfun}/{@code badarity}, as a call would.
 */
final class ProcessStart {
    private ProcessStart() {}

    static boolean isApply2(Interpreter interpreter, long exportEntry) {
        return ExportEntry.module(exportEntry) == Atoms.ERLANG && ExportEntry.arity(exportEntry) == 2
                && ExportEntry.function(exportEntry) == interpreter.atom("apply");
    }

    static TierStatus startFun(Interpreter interpreter, ErlangProcess process) {
        long fun = process.x(0);
        long args = process.x(1);
        try {
            int arity = spreadArguments(process, args);
            if (Funs.isLocalFun(fun) && Funs.arity(fun) == arity) {
                for (int k = 0; k < Funs.freeCount(fun); k++) {
                    process.setX(arity + k, Funs.freeVariable(fun, k));
                }
                long entry = Funs.funEntry(fun);
                InterpretedModule callee = interpreter.moduleForFun(entry);
                if (callee == null) {
                    process.setHandOverTarget(entry); // the fun's code runs on another tier
                    return TierStatus.CALL_FUN;
                }
                return Dispatch.run(new Machine(interpreter, process, callee), callee.entry(FunEntry.code(entry)));
            }
            if (Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == arity) {
                return interpreter.start(process, Funs.exportEntry(fun));
            }
            long heapFun = fun;
            if (Funs.isFun(fun)) {
                throw ErlangException.error(Tuples.make(process.heap(), Atoms.BADARITY,
                        Tuples.make(process.heap(), heapFun, args)), "badarity");
            }
            throw ErlangException.error(Tuples.make(process.heap(), Atoms.BADFUN, heapFun), "badfun");
        } catch (ErlangException e) {
            process.setExitReason(e);
            return TierStatus.RAISED;
        }
    }

    private static int spreadArguments(ErlangProcess process, long args) {
        long length = Lists.properLength(args);
        if (length < 0) {
            throw ErlangException.badarg("apply/2: arguments must be a proper list");
        }
        long rest = args;
        for (int k = 0; k < length; k++) {
            process.setX(k, Lists.head(rest));
            rest = Lists.tail(rest);
        }
        return (int) length;
    }
}

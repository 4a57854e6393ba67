package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
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
 * {@code make_fun3} and {@code call_fun2} (OTP's {@code instr_fun}): a local fun's free
 * variables follow the arguments in X registers when its code is entered; an export fun calls
 * through its export entry. Not a fun: {@code {badfun,F}}; wrong arity:
 * {@code {badarity,{F,Args}}}.
 */
final class FunInstructions {
    private FunInstructions() {}

    static int makeFun(Machine m, FunOps.MakeFun i, int pc) {
        Source[] environment = i.environment();
        long[] free = new long[environment.length];
        for (int k = 0; k < free.length; k++) {
            free[k] = m.read(environment[k]);
        }
        m.write(i.target(), Funs.makeLocal(m.process.heap(), i.funEntry(), i.arity(), m.process.pid(), free));
        return pc + 1;
    }

    /**
     * Enters a local fun of {@code arity} whose arguments are in X0..: its free variables go in
     * the X registers after them, as the fun's code expects. The caller has set the CP.
     */
    static int enterLocalFun(Machine m, long fun, int arity) {
        ErlangProcess p = m.process;
        for (int k = 0; k < Funs.freeCount(fun); k++) {
            p.setX(arity + k, Funs.freeVariable(fun, k));
        }
        long entry = Funs.funEntry(fun);
        InterpretedModule callee = m.interpreter.moduleForFun(entry);
        if (callee == null) {
            return m.handOver(TierStatus.CALL_FUN, entry); // another tier runs the fun's code
        }
        m.enter(callee);
        return Calls.enterLocal(m, callee.entry(FunEntry.code(entry)));
    }

    /** Whether the call at {@code pc} is followed by a return (erts loads it as {@code i_call_fun_last}). */
    private static boolean isTailCall(Machine m, int pc) {
        int next = pc + 1 < m.opcodes.length ? m.opcodes[pc + 1] : -1;
        if (next == Opcodes.DEALLOCATE && pc + 2 < m.opcodes.length) {
            next = m.opcodes[pc + 2];
        }
        return next == Opcodes.RETURN;
    }

    static int callFun(Machine m, FunOps.CallFun i, int pc) {
        long fun = m.read(i.fun());
        int arity = i.arity();
        ErlangProcess p = m.process;
        if (Funs.isLocalFun(fun) && Funs.arity(fun) == arity) {
            p.setCp(m.continuation(pc + 1));
            return enterLocalFun(m, fun, arity);
        }
        if (Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == arity) {
            long entry = Funs.exportEntry(fun);
            Bif bif = m.interpreter.bifFor(entry);
            if (bif != null) {
                p.setX(0, Calls.invoke(p, bif, arity));
                return pc + 1;
            }
            p.setCp(m.continuation(pc + 1));
            return Calls.enterExport(m, entry);
        }
        if (!isTailCall(m, pc)) {
            // erts raises badfun/badarity from the callee's side of a body call, with the return
            // address already saved: the caller then shows twice in the stack trace, as in erl.
            p.setCp(m.continuation(pc + 1));
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
}

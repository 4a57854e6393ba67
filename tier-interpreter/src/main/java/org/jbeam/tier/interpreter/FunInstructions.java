package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.FrameOps;
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

    /** {@link #tailFrame} of a body call. */
    static final int BODY = -1;
    /** {@link #tailFrame} of a tail call with no frame to drop. */
    private static final int ONLY = -2;

    /**
     * What follows the call at {@code pc}: {@code deallocate N} and {@code return} (erts loads the
     * three as {@code i_call_fun_last}), N; a {@code return} alone, {@link #ONLY}; else
     * {@link #BODY}.
     */
    static int tailFrame(Machine m, int pc) {
        int[] opcodes = m.opcodes;
        if (pc + 1 < opcodes.length && opcodes[pc + 1] == Opcodes.RETURN) {
            return ONLY;
        }
        if (pc + 2 < opcodes.length && opcodes[pc + 1] == Opcodes.DEALLOCATE && opcodes[pc + 2] == Opcodes.RETURN) {
            return ((FrameOps.Deallocate) m.code[pc + 1]).yCount();
        }
        return BODY;
    }

    /**
     * A fun call. A body call sets the CP to the next instruction; a tail call drops the frame
     * (the {@code deallocate} after it is then skipped) and keeps the caller's CP, so a loop
     * through funs runs in constant stack, as in erts.
     */
    static int callFun(Machine m, FunOps.CallFun i, int pc) {
        long fun = m.read(i.fun());
        int arity = i.arity();
        ErlangProcess p = m.process;
        int frame = tailFrame(m, pc);
        if (Funs.isLocalFun(fun) && Funs.arity(fun) == arity) {
            link(m, frame, pc);
            return enterLocalFun(m, fun, arity);
        }
        if (Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == arity) {
            long entry = Funs.exportEntry(fun);
            Bif bif = m.interpreter.bifFor(entry);
            if (bif != null) {
                if (frame == BODY) {
                    p.setX(0, Calls.invoke(p, bif, arity));
                    return pc + 1;
                }
                // The frame goes before the BIF runs, so its error names the caller's caller next.
                link(m, frame, pc);
                p.setX(0, Calls.invoke(p, bif, arity));
                return Calls.doReturn(m);
            }
            link(m, frame, pc);
            return Calls.enterExport(m, entry);
        }
        // erts raises a body call's badfun/badarity from the callee's side, the return address
        // saved: the caller then shows twice in the stack trace, as in erl. A tail call's frame
        // is gone: the caller's CP names the caller's caller next.
        link(m, frame, pc);
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

    /** A body call saves the CP; a tail call drops its frame, restoring the caller's CP. */
    private static void link(Machine m, int frame, int pc) {
        if (frame == BODY) {
            m.process.setCp(m.continuation(pc + 1));
        } else if (frame >= 0) {
            m.process.deallocate(frame);
        }
    }
}

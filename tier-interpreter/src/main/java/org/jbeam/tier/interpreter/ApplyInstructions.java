package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ApplyOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:apply/3} and {@code erlang:apply/2} (OTP's {@code i_apply}, {@code i_apply_fun}
 * in {@code beam_common.c}): the argument list is spread into X0.. and the call proceeds as the
 * {@code apply} instruction or a fun call would, as a tail call for the {@code _only} and
 * {@code _last} forms. An improper argument list is {@code badarg}, as in erl. Also
 * {@code erlang:call_on_load_function/1}, a call into the on_load function of waiting code.
 */
final class ApplyInstructions {
    private ApplyInstructions() {}

    static int applyMfa(Machine m, ApplyOps.ApplyMfa i, int pc) {
        ErlangProcess p = m.process;
        long module = p.x(0);
        long function = p.x(1);
        m.appliedArity = -1;
        int arity = spread(p, p.x(2));
        m.appliedArity = arity;
        p.setX(arity, module);
        p.setX(arity + 1, function);
        if (i.deallocate() == ApplyOps.ONLY) {
            // A frameless tail call: the CP to return to is already in place.
            long entry = entryFor(m, module, function, arity);
            Bif bif = m.interpreter.bifFor(entry);
            if (bif != null) {
                p.setX(0, Calls.invoke(p, bif, arity));
                return Calls.doReturn(m);
            }
            return Calls.enterExport(m, entry);
        }
        return Calls.apply(m, new CallOps.Apply(arity, i.deallocate()), pc);
    }

    static int applyFun(Machine m, ApplyOps.ApplyFun i, int pc) {
        ErlangProcess p = m.process;
        long fun = p.x(0);
        int arity = spread(p, p.x(1));
        if (Funs.isLocalFun(fun) && Funs.arity(fun) == arity) {
            linkCall(m, i.deallocate(), pc);
            return FunInstructions.enterLocalFun(m, fun, arity);
        }
        if (Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == arity) {
            long entry = Funs.exportEntry(fun);
            Bif bif = m.interpreter.bifFor(entry);
            if (bif != null) {
                if (i.deallocate() == -1) {
                    p.setX(0, Calls.invoke(p, bif, arity));
                    return pc + 1;
                }
                linkCall(m, i.deallocate(), pc); // a tail call's frame goes before the BIF runs
                p.setX(0, Calls.invoke(p, bif, arity));
                return Calls.doReturn(m);
            }
            linkCall(m, i.deallocate(), pc);
            return Calls.enterExport(m, entry);
        }
        long args = p.x(1);
        if (Funs.isFun(fun)) {
            throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADARITY, Tuples.make(p.heap(), fun, args)),
                    "badarity");
        }
        throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADFUN, fun), "badfun");
    }

    /**
     * Enters the on_load function of the module named in X0, with no arguments, as a call of
     * the kind the instruction's frame handling says; {@code badarg} when no on_load code waits.
     */
    static int callOnLoad(Machine m, ApplyOps.CallOnLoad i, int pc) {
        long module = m.process.x(0);
        if (!TermTags.isAtom(module)) {
            throw ErlangException.badarg("call_on_load_function: not a module name");
        }
        InterpretedModule code = m.interpreter.onLoadModule(module);
        int entry = CodeServer.onLoadEntry(code.loaded()).orElseThrow(
                () -> ErlangException.badarg("call_on_load_function: the module has no on_load function"));
        linkCall(m, i.deallocate(), pc);
        m.enter(code);
        return Calls.enterLocal(m, code.entry(entry));
    }

    /**
     * {@code erlang:hibernate/3}: checks the arguments ({@code badarg} as in erl), drops the
     * stack and waits here until a message is queued; then applies X0:X1(X2...) as a tail call
     * that ends the process when it returns. Waking re-runs this instruction, which finds the
     * message and goes on.
     */
    static int hibernate(Machine m, int pc) {
        ErlangProcess p = m.process;
        if (!TermTags.isAtom(p.x(0)) || !TermTags.isAtom(p.x(1)) || Lists.properLength(p.x(2)) < 0) {
            throw ErlangException.badarg("hibernate: a module, a function and a proper argument list");
        }
        p.discardStack();
        p.mailbox().resetSavePointer();
        if (p.mailbox().current() == TermTags.NON_VALUE) {
            return m.waitAt(pc, 3); // Module, Function, Args
        }
        return applyMfa(m, new ApplyOps.ApplyMfa(ApplyOps.ONLY), pc);
    }

    /** A body call saves the CP; a {@code _last} call drops its frame; an {@code _only} call does neither. */
    private static void linkCall(Machine m, int deallocate, int pc) {
        if (deallocate == -1) {
            m.process.setCp(m.continuation(pc + 1));
        } else if (deallocate >= 0) {
            m.process.deallocate(deallocate);
        }
    }

    private static long entryFor(Machine m, long module, long function, int arity) {
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
            throw ErlangException.badarg("apply of a non-atom module or function");
        }
        return m.interpreter.exportEntry(module, function, arity);
    }

    /** Puts the elements of a proper list in X0..; their number. */
    private static int spread(ErlangProcess p, long args) {
        long length = Lists.properLength(args);
        if (length < 0 || length > 255) {
            throw ErlangException.badarg("apply: the arguments must be a proper list");
        }
        long rest = args;
        for (int k = 0; k < length; k++, rest = Lists.tail(rest)) {
            p.setX(k, Lists.head(rest));
        }
        return (int) length;
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ApplyOps;
import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.tier.interpreter.instr.YReg;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.FailedCall;
import org.jbeam.vm.error.Increment;
import org.jbeam.vm.error.RaiseSite;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The interpreter's side of a stack trace (OTP's {@code save_stacktrace}, beam_common.c): where
 * an exception was raised, told to the VM's {@link org.jbeam.vm.error.StackTraceBuilder}, which
 * holds the rules. The failing instruction names the call that failed (a BIF by its record, a
 * {@code call_ext}, {@code apply} or fun call by what it calls); its function and line name the
 * place.
 *
 * <p>The interpreter keeps the CP register apart from the stack (BEAM before OTP 24 did), so the
 * register counts as the top stack slot only while it is live: set by a call and not yet
 * consumed by {@code return} or an unwind ({@link ContinuationPointer#FINISH} otherwise).
 */
final class StackTraces implements RaiseSite {
    private final Machine m;
    private final int pc;
    private final Instruction instruction;

    private StackTraces(Machine m, int pc) {
        this.m = m;
        this.pc = pc;
        this.instruction = pc >= 0 && pc < m.code.length ? m.code[pc] : null;
    }

    /**
     * The trace of {@code e}, raised while instruction {@code pc} of the current module ran:
     * the one a re-raise carries, else a new one ({@code []} when the heap has no room for it).
     */
    static long capture(Machine m, int pc, ErlangException e) {
        long carried = m.carriedTrace;
        if (carried != TermTags.NON_VALUE) {
            m.carriedTrace = TermTags.NON_VALUE;
            return carried;
        }
        return m.interpreter.traces().build(m.process, e, new StackTraces(m, pc));
    }

    @Override
    public FailedCall failedCall() {
        return switch (instruction) {
            case CallOps.CallBif i -> named(i.name(), null);
            case CallOps.CallBifReturn i -> named(i.name(), null);
            case BifOps.CallGuardBif i -> named(i.name(), i.args());
            case BifOps.Add i -> increment("+", i.a(), i.b()) ? null : named("erlang:+/2", new Source[] {i.a(), i.b()});
            case BifOps.Subtract i -> increment("-", i.a(), i.b()) ? null
                    : named("erlang:-/2", new Source[] {i.a(), i.b()});
            case BifOps.Length i -> named("erlang:length/1", new Source[] {new XReg(i.live())});
            case CallOps.CallExt i -> exported(i.exportEntry());
            case CallOps.CallExtOnly i -> exported(i.exportEntry());
            case CallOps.CallExtLast i -> exported(i.exportEntry());
            case CallOps.Apply i -> applied(i.arity());
            case ApplyOps.ApplyMfa i -> m.appliedArity < 0 ? null : applied(m.appliedArity);
            case FunOps.CallFun i -> exportFun(m.read(i.fun()), i.arity());
            case null, default -> null;
        };
    }

    /** Whether OTP runs this {@code +} or {@code -} as {@code i_increment}, whose failure names no BIF. */
    private static boolean increment(String function, Source a, Source b) {
        return Increment.isIncrement(function, a instanceof XReg || a instanceof YReg,
                b instanceof Constant c ? c.term() : TermTags.NON_VALUE);
    }

    /**
     * A tail call of a BIF through {@code apply} or a fun ({@code apply_last}, {@code i_apply_only},
     * {@code i_call_fun_last}) dropped the caller's frame before the BIF ran, as erts does: the
     * trace then names the caller's caller after the BIF, not the caller. Said as a CP right after
     * the call, which no frame holds (a body call of a BIF sets no CP: the caller is named by
     * {@link #here}).
     */
    @Override
    public long callReturn() {
        boolean tail = switch (instruction) {
            case CallOps.Apply i -> i.deallocate() >= 0;
            case ApplyOps.ApplyMfa i -> i.deallocate() != -1;
            case ApplyOps.ApplyFun i -> i.deallocate() != -1;
            case FunOps.CallFun i -> FunInstructions.tailFrame(m, pc) != FunInstructions.BODY;
            case null, default -> false;
        };
        return tail ? m.continuation(pc + 1) : ContinuationPointer.FINISH;
    }

    /** The function holding the instruction, with its arity (its arguments for a {@code function_clause}). */
    @Override
    public long here(HeapAllocator heap) {
        CodeLocations at = m.module.locations();
        if (!at.hasFunction(pc)) {
            return TermTags.NON_VALUE;
        }
        long arguments = TermTags.makeSmall(at.functionArity(pc));
        if (instruction instanceof ErrorOps.FunctionClause) {
            arguments = registersAsList(heap, at.functionArity(pc));
        }
        return Tuples.make(heap, at.moduleAtom(), at.functionName(pc), arguments,
                at.location(heap, pc));
    }

    /** A CP's entry names the call instruction just before the return address, as the CP's tier tells. */
    @Override
    public long describeContinuation(long cp, HeapAllocator heap) {
        if (ContinuationPointer.tier(cp) != m.interpreter.id()) {
            return m.interpreter.tiers().describeContinuation(cp, heap); // a frame of another tier
        }
        long position = ContinuationPointer.code(cp);
        CodeLocations at = m.interpreter.module((int) (position >>> 32)).locations();
        int index = (int) position - 1;
        if (!at.hasFunction(index)) {
            return TermTags.NON_VALUE;
        }
        return Tuples.make(heap, at.moduleAtom(), at.functionName(index), TermTags.makeSmall(at.functionArity(index)),
                at.location(heap, index));
    }

    private long registersAsList(HeapAllocator heap, int count) {
        long list = TermTags.NIL;
        for (int k = count - 1; k >= 0; k--) {
            list = Lists.cons(heap, m.process.x(k), list);
        }
        return list;
    }

    /** A BIF the instruction names, its arguments in {@code sources} or (null) in X0... */
    private FailedCall named(String name, Source[] sources) {
        int colon = name.indexOf(':');
        int slash = name.lastIndexOf('/');
        int arity = Integer.parseInt(name.substring(slash + 1));
        return new FailedCall(m.interpreter.atom(name.substring(0, colon)),
                m.interpreter.atom(name.substring(colon + 1, slash)), arguments(sources, arity), true);
    }

    private FailedCall exported(long entry) {
        return called(ExportEntry.module(entry), ExportEntry.function(entry), ExportEntry.arity(entry));
    }

    /** A call of {@code M:F/A}: a BIF, or a function that may turn out to have no code. */
    private FailedCall called(long module, long function, int arity) {
        boolean bif = m.interpreter.bifFor(m.interpreter.exportEntry(module, function, arity)) != null;
        return new FailedCall(module, function, arguments(null, arity), bif);
    }

    /** A call of {@code fun M:F/A}, which runs a BIF or finds no code as a call_ext would. */
    private FailedCall exportFun(long fun, int arity) {
        if (!Funs.isExport(fun) || ExportEntry.arity(Funs.exportEntry(fun)) != arity) {
            return null;
        }
        return exported(Funs.exportEntry(fun));
    }

    private FailedCall applied(int arity) {
        long module = m.process.x(arity);
        long function = m.process.x(arity + 1);
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
            return null;
        }
        return called(module, function, arity);
    }

    private long[] arguments(Source[] sources, int arity) {
        long[] arguments = new long[arity];
        for (int k = 0; k < arity; k++) {
            arguments[k] = sources == null ? m.process.x(k) : m.read(sources[k]);
        }
        return arguments;
    }
}

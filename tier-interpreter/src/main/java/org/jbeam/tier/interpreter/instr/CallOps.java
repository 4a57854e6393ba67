package org.jbeam.tier.interpreter.instr;

import org.jbeam.vm.bif.Bif;

/**
 * Calls and returns (OTP's {@code instr_call.cpp}). Local calls name an instruction index;
 * external calls an export entry address; calls of imports that are BIFs call the Java BIF
 * directly, as OTP's loader rewrites them to {@code call_bif}.
 */
public sealed interface CallOps extends Instruction {
    record Call(int arity, int target) implements CallOps {}

    record CallOnly(int arity, int target) implements CallOps {}

    record CallLast(int arity, int target, int deallocate) implements CallOps {}

    record CallExt(int arity, long exportEntry) implements CallOps {}

    record CallExtOnly(int arity, long exportEntry) implements CallOps {}

    record CallExtLast(int arity, long exportEntry, int deallocate) implements CallOps {}

    /** {@code call_ext} of a BIF: the result goes to X0 and execution continues. */
    record CallBif(int arity, Bif bif, String name) implements CallOps {}

    /**
     * {@code call_ext_only}/{@code call_ext_last} of a BIF: call it, drop the frame, return.
     * {@code deallocate} is the frame's Y count ({@code allocate 0} still made a frame), or -1
     * for {@code call_ext_only}, which has none.
     */
    record CallBifReturn(int arity, Bif bif, String name, int deallocate) implements CallOps {}

    /**
     * {@code apply Arity} / {@code apply_last Arity Dealloc}: calls {@code X(Arity):X(Arity+1)}
     * with the arguments in X0..; {@code deallocate} is -1 for {@code apply}, which is not a
     * tail call.
     */
    record Apply(int arity, int deallocate) implements CallOps {}

    record Return() implements CallOps {}

    record Jump(int target) implements CallOps {}
}

package org.jbeam.tier.interpreter.instr;

/**
 * Calls of {@code erlang:apply/3} and {@code erlang:apply/2} with the arguments as a list
 * (OTP's loader turns such {@code call_ext}s into {@code i_apply} and {@code i_apply_fun}):
 * {@code deallocate} is -1 for a body call, the frame to drop for {@code call_ext_last}, and
 * {@code ONLY} for {@code call_ext_only} (a tail call without a frame).
 */
public sealed interface ApplyOps extends Instruction {
    /** The {@code deallocate} of a {@code call_ext_only}: a tail call that drops no frame. */
    int ONLY = -2;

    /** {@code apply(Module, Function, Args)}: X0, X1, X2. */
    record ApplyMfa(int deallocate) implements ApplyOps {}

    /** {@code apply(Fun, Args)}: X0, X1. */
    record ApplyFun(int deallocate) implements ApplyOps {}

    /**
     * {@code erlang:call_on_load_function(Module)}: X0; enters the on_load function of the
     * module's code that waits for it (OTP's BeamAsm makes this an instruction too).
     */
    record CallOnLoad(int deallocate) implements ApplyOps {}

    /**
     * {@code erlang:hibernate(Module, Function, Args)}: X0, X1, X2; drops the stack, waits for a
     * message unless one is queued, then calls {@code apply(Module, Function, Args)} with
     * nothing to return to (OTP's {@code erts_hibernate}). It never returns to its caller.
     */
    record Hibernate() implements ApplyOps {}
}

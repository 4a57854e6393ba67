package org.jbeam.tier.template.ops;

/**
 * Calls and returns (OTP's {@code instr_call}): a body call sets the CP register to its own
 * continuation, an {@code _only} call keeps the caller's, a {@code _last} call drops the frame
 * first. Calls count their reduction at the callee's entry ({@link StructureOps.FunctionEntry}).
 */
public final class CallOps {
    private CallOps() {}

    /** {@link CallExt#deallocate} and {@link CallBif#deallocate} of a body call. */
    public static final int BODY = -1;
    /** {@link CallExt#deallocate} and {@link CallBif#deallocate} of an {@code _only} call (no frame). */
    public static final int ONLY = -2;

    public record Call(int label) implements Op {}

    public record CallOnly(int label) implements Op {}

    public record CallLast(int label, int deallocate) implements Op {}

    /**
     * {@code call_ext[_only|_last]} of a function through its export entry: native code of this
     * tier is entered directly, anything else leaves through a helper.
     *
     * @param deallocate {@link #BODY}, {@link #ONLY}, or the frame size a {@code _last} call drops
     */
    public record CallExt(long exportEntry, int arity, int deallocate) implements Op {}

    /**
     * {@code call_ext} of an import that is a Java BIF (OTP's loader makes it {@code call_bif}).
     * {@code setElement}: the BIF is {@code erlang:setelement/3}, whose common case (a tuple, an
     * index in range, room on the heap) the template does inline, as records are updated with it.
     */
    public record CallBif(int site, int deallocate, boolean setElement) implements Op {
        public CallBif(int site, int deallocate) {
            this(site, deallocate, false);
        }
    }

    /** {@link Apply#form} of {@code erlang:apply(M, F, Args)}, called through {@code call_ext}. */
    public static final int APPLY_MFA = 0;
    /** {@link Apply#form} of {@code erlang:apply(Fun, Args)}, called through {@code call_ext}. */
    public static final int APPLY_FUN = 1;
    /** {@link Apply#form} of the {@code apply}/{@code apply_last} instructions: arguments in X0.., M and F after them. */
    public static final int APPLY_INSTRUCTION = 2;

    /**
     * A call whose callee is data (OTP's {@code i_apply}, {@code i_apply_fun}): made through a
     * helper, after the frame handling of {@code deallocate} ({@link #BODY}, {@link #ONLY} or a
     * {@code _last} frame size).
     *
     * @param arity the {@code apply} instruction's arity (the {@code call_ext} forms spread a list)
     */
    public record Apply(int form, int arity, int deallocate) implements Op {}

    /**
     * {@code call_ext} of {@code erlang:hibernate/3} (OTP's loader makes it {@code i_hibernate}):
     * Module, Function and Args in X0..X2; the stack goes, the process waits for a message, then
     * applies them with nothing to return to. Never goes on after itself.
     */
    public record Hibernate() implements Op {}

    /**
     * {@code call_ext} of {@code erlang:call_on_load_function/1}: X0 names a module whose code
     * waits for its on_load function to run; that function is called, with the frame handling of
     * {@code deallocate} as {@link CallExt}'s.
     */
    public record CallOnLoad(int deallocate) implements Op {}

    public record Return() implements Op {}

    public record Jump(int label) implements Op {}
}

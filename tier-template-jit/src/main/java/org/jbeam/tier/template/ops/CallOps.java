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

    /** {@code call_ext} of an import that is a Java BIF (OTP's loader makes it {@code call_bif}). */
    public record CallBif(int site, int deallocate) implements Op {}

    public record Return() implements Op {}

    public record Jump(int label) implements Op {}
}

package org.jbeam.tier.template.ops;

/** Funs (OTP's {@code instr_fun}: {@code make_fun3}, {@code call_fun}, {@code call_fun2}). */
public final class FunOps {
    private FunOps() {}

    /** {@code make_fun3}: the fun of {@link FunSite} {@code site}, built by a helper into {@code target}. */
    public record MakeFun(int site) implements Op {}

    /**
     * {@code call_fun2 Tag Arity Fun} (and the old {@code call_fun Arity}, the fun in X(Arity)): a body
     * call of the fun with its arguments in X0..; a local fun of this tier is entered directly, with
     * its free variables copied after the arguments; anything else goes through a helper.
     *
     * @param last whether {@code deallocate} and {@code return} follow, which OTP's loader fuses
     *     into a tail call ({@code i_call_fun_last}): its {@code badfun} or {@code badarity} then
     *     raises with the caller's frame gone from the trace
     */
    public record CallFun(int arity, Source fun, boolean last) implements Op {
        /** A body call followed by more code. */
        public CallFun(int arity, Source fun) {
            this(arity, fun, false);
        }
    }
}

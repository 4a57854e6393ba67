package org.jbeam.tier.template.ops;

/** Funs (OTP's {@code instr_fun}: {@code make_fun3}, {@code call_fun}, {@code call_fun2}). */
public final class FunOps {
    private FunOps() {}

    /** {@code make_fun3}: the fun of {@link FunSite} {@code site}, built by a helper into {@code target}. */
    public record MakeFun(int site) implements Op {}

    /**
     * {@code call_fun2 Tag Arity Fun} (and the old {@code call_fun Arity}, the fun in X(Arity)): a call
     * of the fun with its arguments in X0..; a local fun of this tier is entered directly, with its
     * free variables copied after the arguments; anything else goes through a helper.
     *
     * @param deallocate {@link CallOps#BODY} for a body call, {@link CallOps#ONLY} for a tail
     *     call with no frame, else the frame size of the {@code deallocate} that came between
     *     the call and its {@code return}: OTP's loader fuses
     *     the three into a tail call ({@code i_call_fun_last}), which drops the frame first and
     *     keeps the caller's CP (the decoder leaves the {@code deallocate} out; the {@code return}
     *     stays, for a BIF the call ran at once). Its {@code badfun} or {@code badarity} then raises
     *     with the caller's frame gone from the trace.
     */
    public record CallFun(int arity, Source fun, int deallocate) implements Op {
        /** A body call followed by more code. */
        public CallFun(int arity, Source fun) {
            this(arity, fun, CallOps.BODY);
        }

        /** Whether this is a tail call. */
        public boolean last() {
            return deallocate != CallOps.BODY;
        }
    }
}

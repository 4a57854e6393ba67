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
     */
    public record CallFun(int arity, Source fun) implements Op {}
}

package org.jbeam.tier.interpreter.instr;

/** Making and calling funs (OTP's {@code instr_fun}). */
public sealed interface FunOps extends Instruction {
    /**
     * {@code make_fun3}: a local fun of {@code funEntry} capturing {@code environment}.
     *
     * @param arity the arity callers pass (the lambda's arity less its free variables)
     */
    record MakeFun(long funEntry, int arity, Source[] environment, Target target) implements FunOps {}

    /** {@code call_fun2}/{@code call_fun}: calls the fun with its arguments in X0..X(arity-1). */
    record CallFun(int arity, Source fun) implements FunOps {}
}

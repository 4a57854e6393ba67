package org.jbeam.tier.interpreter.instr;

/**
 * A specific instruction the interpreter executes, produced from generic instructions by the
 * loader's rewrite rules. Each family is a sealed interface of records in its own file.
 */
public sealed interface Instruction
        permits MoveOps, FrameOps, CallOps, TestOps, DataOps, BifOps, FloatOps, ErrorOps, ExceptionOps,
        FunOps, MapOps, MessageOps, HeapOps,
        BitSyntaxOps, ApplyOps {

    /** The fail target of an instruction that raises instead of jumping on failure. */
    int RAISE = -1;
}

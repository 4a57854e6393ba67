package org.jbeam.tier.interpreter.instr;

/**
 * Floating-point register instructions (OTP's {@code instr_float.cpp}): operands already
 * proven to be numbers by the compiler are unboxed into float registers, computed on, and
 * boxed back. A non-finite result is {@code badarith}.
 */
public sealed interface FloatOps extends Instruction {
    /** {@code fmove} of a float term into a float register. */
    record FloatLoad(Source source, FloatReg target) implements FloatOps {}

    /** {@code fmove} of a float register into a register, boxing it on the heap. */
    record FloatStore(FloatReg source, Target target) implements FloatOps {}

    record FloatCopy(FloatReg source, FloatReg target) implements FloatOps {}

    /** {@code fconv}: any number to a double; {@code badarith} for anything else. */
    record FloatConvert(Source source, FloatReg target) implements FloatOps {}

    record FloatAdd(FloatReg a, FloatReg b, FloatReg target) implements FloatOps {}

    record FloatSubtract(FloatReg a, FloatReg b, FloatReg target) implements FloatOps {}

    record FloatMultiply(FloatReg a, FloatReg b, FloatReg target) implements FloatOps {}

    record FloatDivide(FloatReg a, FloatReg b, FloatReg target) implements FloatOps {}

    record FloatNegate(FloatReg a, FloatReg target) implements FloatOps {}
}

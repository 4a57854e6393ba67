package org.jbeam.tier.template.ops;

/** The {@code gc_bif} arithmetic whose small-integer case is inlined (OTP's {@code instr_arith}). */
public enum ArithOp {
    ADD, SUBTRACT, MULTIPLY
}

package org.jbeam.tier.interpreter.instr;

/** Float register {@code index}: a raw double, never a term. */
public record FloatReg(int index) {}

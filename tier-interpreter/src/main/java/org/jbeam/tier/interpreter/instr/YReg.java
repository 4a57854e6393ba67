package org.jbeam.tier.interpreter.instr;

/** Y register {@code index} of the current stack frame. */
public record YReg(int index) implements Source, Target {}

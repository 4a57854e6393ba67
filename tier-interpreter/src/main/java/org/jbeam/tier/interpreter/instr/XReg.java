package org.jbeam.tier.interpreter.instr;

/** X register {@code index}, in the process's native register file. */
public record XReg(int index) implements Source, Target {}

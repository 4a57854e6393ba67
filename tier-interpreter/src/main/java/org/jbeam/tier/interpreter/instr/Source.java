package org.jbeam.tier.interpreter.instr;

/** Where an instruction reads a term: an X or Y register, or a constant resolved at load time. */
public sealed interface Source permits XReg, YReg, Constant {}

package org.jbeam.tier.interpreter.instr;

/** Where an instruction writes a term: an X or Y register. */
public sealed interface Target permits XReg, YReg {}

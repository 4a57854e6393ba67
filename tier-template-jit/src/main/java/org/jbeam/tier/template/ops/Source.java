package org.jbeam.tier.template.ops;

/** Where an instruction reads a term: an X or Y register, or a constant burnt into the code. */
public sealed interface Source permits Register, Constant {}

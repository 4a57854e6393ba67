package org.jbeam.tier.interpreter.loader;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;

/**
 * What rewrite rules may consult: the module's operand decoding, the BIF table, atom names,
 * and the catch table that turns a handler's instruction index into a catch tag.
 */
public record RuleContext(OperandDecoder operands, BifTable bifs, AtomTable atoms, CatchTable catches) {}

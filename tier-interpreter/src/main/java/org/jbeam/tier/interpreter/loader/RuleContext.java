package org.jbeam.tier.interpreter.loader;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;

/** What rewrite rules may consult: the module's operand decoding, the BIF table and atom names. */
public record RuleContext(OperandDecoder operands, BifTable bifs, AtomTable atoms) {}

package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.loader.ResolvedFun;

/**
 * What rewrite rules may consult: the module's operand decoding, the BIF table, atom names,
 * the catch table that turns a handler's instruction index into a catch tag, and the module's
 * resolved funs ({@code FunT}), and its string table ({@code StrT}, for the bit-syntax strings).
 */
public record RuleContext(OperandDecoder operands, BifTable bifs, AtomTable atoms, CatchTable catches,
        List<ResolvedFun> funs, byte[] strings) {}

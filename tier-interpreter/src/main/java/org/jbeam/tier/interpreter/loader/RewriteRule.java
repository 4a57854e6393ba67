package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.beam.GenericInstruction;

/**
 * One loader transformation: a generic instruction in, zero or more specific instructions out
 * (as a line of OTP's {@code ops.tab}). Rules are pure functions of their input, so the
 * translator may run them twice (once to count, once to resolve labels).
 */
@FunctionalInterface
public interface RewriteRule {
    List<Instruction> rewrite(GenericInstruction generic, RuleContext context);
}

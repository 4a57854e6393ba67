package org.jbeam.tier.interpreter.instr;

/** Register moves (OTP's {@code instr_common} moves). */
public sealed interface MoveOps extends Instruction {
    record Move(Source source, Target target) implements MoveOps {}

    record Swap(Target a, Target b) implements MoveOps {}
}

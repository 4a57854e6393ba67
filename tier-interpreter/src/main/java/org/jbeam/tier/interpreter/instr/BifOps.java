package org.jbeam.tier.interpreter.instr;

import org.jbeam.vm.bif.Bif;

/**
 * {@code bif0..2} and {@code gc_bif1..3}: a BIF applied to operands, the result to a register;
 * on failure jump to {@code fail}, or raise when it is {@link Instruction#RAISE}. The common
 * arithmetic gets its own records with an inline small-integer path.
 */
public sealed interface BifOps extends Instruction {
    record CallGuardBif(int fail, Bif bif, String name, Source[] args, Target target) implements BifOps {}

    record Add(int fail, Source a, Source b, Target target) implements BifOps {}

    record Subtract(int fail, Source a, Source b, Target target) implements BifOps {}
}

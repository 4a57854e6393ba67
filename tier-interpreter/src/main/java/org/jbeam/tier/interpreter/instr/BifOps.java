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

    /**
     * {@code gc_bif1 Fail Live erlang:length/1 Src Dst}, first part (OTP's {@code i_length_setup}):
     * the list goes to X(live) and the walk's state, the rest and the count, to X(live+1), X(live+2).
     */
    record LengthSetup(int live, Source list) implements BifOps {}

    /**
     * Second part (OTP's {@code i_length}): walks on as far as the slice pays for, and yields to
     * itself with its state in X(live)..X(live+2) when the list is longer.
     */
    record Length(int fail, int live, Target target) implements BifOps {}
}

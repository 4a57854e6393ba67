package org.jbeam.arch.x86_64.template;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.BitsFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.BitsOps;

/**
 * Bit-syntax instructions (OTP's {@code instr_bs}): the BITS helper carries out the module's bits
 * site with vm-api's semantics (reading and writing the registers, collecting at a Live operand
 * itself); the code only branches on its answer. BeamAsm inlines the common segments (byte-aligned
 * integers, binaries of known size, {@code bs_create_bin} of integers); this backend has no inline
 * fast path yet. Clobbers rax.
 */
final class BitSyntaxTemplates implements BitsFamily {
    private final Emission e;

    BitSyntaxTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void bitsInstruction(BitsOps.BitsInstruction op) {
        Label back = e.a.newLabel();
        e.setArgument(0, op.site());
        e.callHelper(Helper.BITS, back);
        e.a.bind(back);
        if (op.fail() != 0) {
            e.a.cmp(e.argument(0), new Imm8(0));
            e.a.jcc(Condition.E, e.beam(op.fail()));
        }
    }
}

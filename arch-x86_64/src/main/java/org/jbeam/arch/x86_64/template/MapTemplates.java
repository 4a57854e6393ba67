package org.jbeam.arch.x86_64.template;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.backend.MapFamily;
import org.jbeam.tier.template.ops.MapOps;

/**
 * Map instructions (OTP's {@code instr_map}): the MAP helper carries out the module's map site
 * (reading and writing the registers itself); the code only branches on its answer. BeamAsm
 * inlines small flatmap lookups; this backend does not yet. Clobbers rax.
 */
final class MapTemplates implements MapFamily {
    private final Emission e;

    MapTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void mapInstruction(MapOps.MapInstruction op) {
        Label back = e.a.newLabel();
        e.setArgument(0, op.site());
        e.callHelper(Helper.MAP, back);
        e.a.bind(back);
        if (op.fail() != 0) {
            e.a.cmp(e.argument(0), new Imm8(0));
            e.a.jcc(Condition.E, e.beam(op.fail()));
        }
    }
}

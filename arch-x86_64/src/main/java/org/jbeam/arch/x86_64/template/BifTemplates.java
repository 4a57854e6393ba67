package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.BifFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.tier.template.ops.ErrorOps;

/**
 * BIF calls and raising instructions (OTP's {@code instr_bif}, {@code badmatch}, {@code case_end},
 * ...): everything goes through helpers, the arguments in the context's argument words so that no
 * X register is disturbed. Clobber rax.
 */
final class BifTemplates implements BifFamily {
    private final Emission e;

    BifTemplates(Emission e) {
        this.e = e;
    }

    /**
     * arg0 = site, arg1.. = arguments; the GUARD_BIF helper leaves the result in arg0, 0 when the
     * BIF failed at a site with a fail label (without one it raised and never comes back).
     */
    @Override
    public void guardBif(BifOps.CallGuardBif op) {
        for (int i = 0; i < op.args().length; i++) {
            e.load(RAX, op.args()[i]);
            e.a.mov(e.argument(1 + i), RAX);
        }
        e.setArgument(0, op.site());
        e.callHelperAndGoOn(Helper.GUARD_BIF);
        e.a.mov(RAX, e.argument(0));
        if (op.fail() != 0) {
            e.a.test(RAX, RAX);
            e.a.jcc(Condition.E, e.beam(op.fail()));
        }
        e.store(op.target(), RAX);
    }

    /** arg0 = the error kind, arg1 = the value; the RAISE helper never resumes. */
    @Override
    public void raise(ErrorOps.Raise op) {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.load(RAX, op.value());
        e.a.mov(e.argument(1), RAX);
        e.setArgument(0, op.kind().code());
        e.callHelper(Helper.RAISE, here);
    }
}

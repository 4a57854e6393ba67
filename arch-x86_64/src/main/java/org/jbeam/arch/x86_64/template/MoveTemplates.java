package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;

import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.tier.template.backend.MoveFamily;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.MoveOps;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.term.TermTags;

/** Register moves (OTP's {@code move}, {@code swap}, {@code init_yregs}). Clobber rax and rcx. */
final class MoveTemplates implements MoveFamily {
    private final Emission e;

    MoveTemplates(Emission e) {
        this.e = e;
    }

    /** A constant that fits a sign-extended 32-bit immediate is stored directly; anything else goes through rax. */
    @Override
    public void move(MoveOps.Move op) {
        if (op.source() instanceof Constant c && c.term() == (int) c.term()) {
            e.a.mov(e.mem(op.target()), new Imm32((int) c.term()));
            return;
        }
        e.load(RAX, op.source());
        e.store(op.target(), RAX);
    }

    @Override
    public void swap(MoveOps.Swap op) {
        e.load(RAX, op.a());
        e.load(RCX, op.b());
        e.store(op.a(), RCX);
        e.store(op.b(), RAX);
    }

    @Override
    public void initY(MoveOps.InitY op) {
        for (int y : op.yRegisters()) {
            e.a.mov(e.mem(new YReg(y)), new Imm32((int) TermTags.NIL));
        }
    }
}

package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.EDX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.ArithFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.vm.term.TermTags;

/**
 * {@code +}, {@code -} and {@code *} as {@code gc_bif2} (OTP's {@code i_plus}, {@code i_minus},
 * {@code i_times}): two small integers ({@code value << 4 | 0xF}) are combined on their tagged
 * words, and the CPU's overflow flag tells exactly when the result leaves the 60-bit range, since
 * the value sits in the word's top 60 bits. Anything else (a bignum or float operand, an overflow,
 * a badarith) leaves for the GUARD_BIF helper with the BIF of the instruction's site, the same
 * code the interpreter runs. Expects nothing; clobbers rax, rcx, rdx, rsi.
 */
final class ArithTemplates implements ArithFamily {
    private final Emission e;

    ArithTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void arith(BifOps.Arith op) {
        Label slow = e.a.newLabel();
        Label done = e.a.newLabel();
        e.load(RAX, op.a());
        e.load(RCX, op.b());
        e.a.mov(EDX, EAX);
        e.a.and(EDX, ECX);
        e.a.and(EDX, new Imm32(TermTags.IMMEDIATE1_MASK));
        e.a.cmp(EDX, new Imm32(TermTags.SMALL_INTEGER));
        e.a.jcc(Condition.NE, slow);
        switch (op.op()) {
            case ADD -> {
                // (a - 0xF) + b: the values add in the top 60 bits, b's tag survives.
                e.a.lea(RDX, Mem.qwordPtr(RAX, -TermTags.SMALL_INTEGER));
                e.a.add(RDX, RCX);
                e.a.jcc(Condition.O, slow);
            }
            case SUBTRACT -> {
                // a - b leaves the difference with tag 0; put the tag back.
                e.a.mov(RDX, RAX);
                e.a.sub(RDX, RCX);
                e.a.jcc(Condition.O, slow);
                e.a.or(RDX, new Imm8(TermTags.SMALL_INTEGER));
            }
            case MULTIPLY -> {
                // value(a) * (b - 0xF): the product lands in the top 60 bits, tag 0.
                e.a.mov(RDX, RAX);
                e.a.sar(RDX, new Imm8(TermTags.IMMEDIATE1_SIZE));
                e.a.lea(RSI, Mem.qwordPtr(RCX, -TermTags.SMALL_INTEGER));
                e.a.imul(RDX, RSI);
                e.a.jcc(Condition.O, slow);
                e.a.or(RDX, new Imm8(TermTags.SMALL_INTEGER));
            }
        }
        e.a.bind(done);
        e.store(op.target(), RDX);
        e.later(() -> {
            Label back = e.a.newLabel();
            e.a.bind(slow);
            e.a.mov(e.argument(1), RAX);
            e.a.mov(e.argument(2), RCX);
            e.setArgument(0, op.site());
            e.callHelper(Helper.GUARD_BIF, back);
            e.a.bind(back);
            e.a.mov(RDX, e.argument(0));
            if (op.fail() != 0) {
                e.a.test(RDX, RDX);
                e.a.jcc(Condition.E, e.beam(op.fail()));
            }
            e.a.jmp(done);
        });
    }
}

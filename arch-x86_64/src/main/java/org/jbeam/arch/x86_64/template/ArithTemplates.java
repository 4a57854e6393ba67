package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.CL;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.EDX;
import static org.jbeam.arch.x86_64.asm.Registers.ESI;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.R8;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Xmm;
import org.jbeam.tier.template.backend.ArithFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.ops.ArithOp;
import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.vm.term.TermTags;

/**
 * Arithmetic as {@code gc_bif2} (OTP's {@code i_plus}, {@code i_minus}, {@code i_times},
 * {@code i_int_div}, {@code i_rem}, {@code i_band}, {@code i_bor}, {@code i_bxor},
 * {@code i_bsl}, {@code i_bsr}, and the float case of {@code i_fdiv}): two small integers
 * ({@code value << 4 | 0xF}) are combined on their tagged words where the tag allows, else on
 * their values; the CPU's overflow flag, or a shift back, tells when the result leaves the 60-bit
 * range. {@code +}, {@code -}, {@code *} of two floats, and {@code /} of two floats or small
 * integers, run on SSE2 and box a finite result on the heap after an inline heap test. Anything
 * else (a bignum, mixed operands, overflow, a zero divisor, a full heap, a badarith) leaves for
 * the GUARD_BIF helper with the BIF of the instruction's site, the same code the interpreter runs.
 * Expects nothing; clobbers rdx, rsi, rdi, r8, xmm0, xmm1 (rax and rcx keep the operands).
 */
final class ArithTemplates implements ArithFamily {
    /** A small integer's value bits: shifting by more than this always gives 0 or -1 (bsr) or overflows (bsl). */
    private static final int VALUE_BITS = 64 - TermTags.IMMEDIATE1_SIZE;

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
        Label notSmall = op.op() == ArithOp.DIVIDE ? slow : e.a.newLabel();
        if (op.op() == ArithOp.DIVIDE) {
            floatDivide(slow);
        } else {
            e.a.mov(EDX, EAX);
            e.a.and(EDX, ECX);
            e.a.and(EDX, new Imm32(TermTags.IMMEDIATE1_MASK));
            e.a.cmp(EDX, new Imm32(TermTags.SMALL_INTEGER));
            e.a.jcc(Condition.NE, notSmall);
            smallIntegers(op.op(), slow);
        }
        e.a.bind(done);
        e.store(op.target(), RDX);
        e.later(() -> {
            if (notSmall != slow) {
                e.a.bind(notSmall);
                switch (op.op()) {
                    case ADD, SUBTRACT, MULTIPLY -> {
                        floatOperation(op.op(), slow);
                        e.a.jmp(done);
                    }
                    default -> e.a.jmp(slow);
                }
            }
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

    /** rdx = rax OP rcx for two small integers, or a jump to {@code slow}; rax and rcx kept. */
    private void smallIntegers(ArithOp op, Label slow) {
        switch (op) {
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
            case BAND -> {
                // Both tags are 0xF, so the tag survives an and or an or.
                e.a.mov(RDX, RAX);
                e.a.and(RDX, RCX);
            }
            case BOR -> {
                e.a.mov(RDX, RAX);
                e.a.or(RDX, RCX);
            }
            case BXOR -> {
                e.a.mov(RDX, RAX);
                e.a.xor(RDX, RCX);
                e.a.or(RDX, new Imm8(TermTags.SMALL_INTEGER));
            }
            case INTEGER_DIVIDE, REMAINDER -> divide(op == ArithOp.REMAINDER, slow);
            case BSR -> shiftRight(slow);
            case BSL -> shiftLeft(slow);
            case DIVIDE -> throw new IllegalStateException("'/' has no small-integer case");
        }
    }

    /**
     * idiv of the values: truncating toward zero, the remainder taking the dividend's sign, as
     * Erlang's {@code div} and {@code rem}. A zero divisor goes to the BIF (badarith); the one
     * quotient that leaves the small range (the smallest small by -1) too.
     */
    private void divide(boolean remainder, Label slow) {
        e.a.mov(RSI, RCX);
        e.a.sar(RSI, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.jcc(Condition.E, slow);
        // idiv divides rdx:rax; the dividend's term comes back to rax for the slow path.
        e.a.mov(RDI, RAX);
        e.a.sar(RAX, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.cqo();
        e.a.idiv(RSI);
        if (!remainder) {
            e.a.mov(RDX, RAX);
        }
        e.a.mov(RAX, RDI);
        if (!remainder) {
            fitsSmall(RDX, RSI, slow);
        }
        e.tagSmall(RDX);
    }

    /** rsi = the value of the shift count in rcx; a negative one goes to {@code slow}. */
    private void shiftCount(Label slow) {
        e.a.mov(RSI, RCX);
        e.a.sar(RSI, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.jcc(Condition.S, slow);
    }

    /** a bsr b for 0 <= b: a count past the value's width gives 0 or -1, as sar by 63 does. */
    private void shiftRight(Label slow) {
        shiftCount(slow); // a negative count shifts left
        e.a.mov(RDI, new Imm32(63));
        e.a.cmp(RSI, RDI);
        e.a.cmovcc(Condition.G, RSI, RDI);
        e.a.mov(RDI, RCX); // b, back in rcx after the shift
        e.a.mov(ECX, ESI);
        e.a.mov(RDX, RAX);
        e.a.sar(RDX, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.sar(RDX, CL);
        e.a.mov(RCX, RDI);
        e.tagSmall(RDX);
    }

    /** a bsl b for 0 <= b < 60: the value must shift back unchanged and fit a small integer. */
    private void shiftLeft(Label slow) {
        Label restore = e.a.newLabel();
        shiftCount(slow); // a negative count shifts right
        e.a.cmp(RSI, new Imm8(VALUE_BITS - 1));
        e.a.jcc(Condition.G, slow);
        e.a.mov(RDI, RCX); // b, back in rcx after the shift
        e.a.mov(ECX, ESI);
        e.a.mov(RDX, RAX);
        e.a.sar(RDX, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.mov(RSI, RDX);
        e.a.shl(RSI, CL);
        e.a.mov(R8, RSI);
        e.a.sar(R8, CL);
        e.a.cmp(R8, RDX);
        e.a.jcc(Condition.NE, restore);
        fitsSmall(RSI, R8, restore);
        e.a.mov(RDX, RSI);
        e.a.mov(RCX, RDI);
        e.tagSmall(RDX);
        e.later(() -> {
            e.a.bind(restore);
            e.a.mov(RCX, RDI);
            e.a.jmp(slow);
        });
    }

    /** Jumps to {@code slow} unless {@code value} fits a small integer's 60 bits; {@code scratch} is clobbered. */
    private void fitsSmall(Gp<Bits64> value, Gp<Bits64> scratch, Label slow) {
        e.a.mov(scratch, value);
        e.a.shl(scratch, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.sar(scratch, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.cmp(scratch, value);
        e.a.jcc(Condition.NE, slow);
    }

    /** xmm0 OP xmm1 for two boxed floats in rax and rcx, boxed into rdx; else {@code slow}. */
    private void floatOperation(ArithOp op, Label slow) {
        e.unboxFloat(RAX, Xmm.XMM0, RSI, slow);
        e.unboxFloat(RCX, Xmm.XMM1, RSI, slow);
        switch (op) {
            case ADD -> e.a.addsd(Xmm.XMM0, Xmm.XMM1);
            case SUBTRACT -> e.a.subsd(Xmm.XMM0, Xmm.XMM1);
            case MULTIPLY -> e.a.mulsd(Xmm.XMM0, Xmm.XMM1);
            default -> throw new IllegalStateException(op + " has no float case");
        }
        boxFinite(slow);
    }

    /** '/' of two floats or small integers, boxed into rdx; a zero divisor or anything else goes to {@code slow}. */
    private void floatDivide(Label slow) {
        loadNumber(RAX, Xmm.XMM0, slow);
        loadNumber(RCX, Xmm.XMM1, slow);
        e.a.divsd(Xmm.XMM0, Xmm.XMM1);
        boxFinite(slow);
    }

    /** xmm = the double of a small integer or a boxed float, else a jump to {@code slow}. Clobbers rsi. */
    private void loadNumber(Gp<Bits64> term, Xmm into, Label slow) {
        Label notSmall = e.a.newLabel();
        Label loaded = e.a.newLabel();
        e.jumpUnlessTagged(term, RSI, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER, notSmall);
        e.a.mov(RSI, term);
        e.a.sar(RSI, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.cvtsi2sd(into, RSI);
        e.a.jmp(loaded);
        e.a.bind(notSmall);
        e.unboxFloat(term, into, RSI, slow);
        e.a.bind(loaded);
    }

    /**
     * Boxes xmm0 on the heap into rdx when it is finite (a NaN or an infinity is the BIF's
     * badarith) and two words fit below the heap limit (else the BIF allocates and may collect).
     */
    private void boxFinite(Label slow) {
        e.a.movq(RDX, Xmm.XMM0);
        e.jumpUnlessFinite(RDX, RSI, slow);
        e.a.lea(RSI, Mem.qwordPtr(HEAP_TOP, 16));
        e.a.cmp(RSI, contextWord(ContextLayout.HEAP_LIMIT));
        e.a.jcc(Condition.A, slow);
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 0), new Imm32(Emission.FLOAT_HEADER));
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 8), RDX);
        e.a.lea(RDX, Mem.qwordPtr(HEAP_TOP, TermTags.PRIMARY_BOXED));
        e.a.mov(HEAP_TOP, RSI);
    }
}

package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm64;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Xmm;
import org.jbeam.tier.template.backend.FloatFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.tier.template.ops.FloatOps;
import org.jbeam.vm.term.TermTags;

/**
 * Float-register arithmetic (OTP's {@code instr_float}) with SSE2: FR(n) is word n of the float
 * register file whose address the context holds. A float term is {@code [header 1<<6|0x18][double]}
 * ({@code Floats}). Every result is tested for being finite (an exponent of all ones is an
 * infinity or a NaN) and raises {@code badarith} through the RAISE helper otherwise. Clobber rax,
 * rcx, rdx, xmm0.
 */
final class FloatTemplates implements FloatFamily {
    private static final int FLOAT_HEADER = Emission.FLOAT_HEADER;
    private static final int DOUBLE = Emission.FLOAT_DOUBLE;

    private final Emission e;

    FloatTemplates(Emission e) {
        this.e = e;
    }

    /** The term is a float (the compiler tested it); anything else raises badarith rather than being misread. */
    @Override
    public void load(FloatOps.FloatLoad op) {
        Label bad = e.a.newLabel();
        e.load(RAX, op.source());
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(TermTags.PRIMARY_MASK));
        e.a.cmp(ECX, new Imm32(TermTags.PRIMARY_BOXED));
        e.a.jcc(Condition.NE, bad);
        e.a.cmp(Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED), new Imm32(FLOAT_HEADER));
        e.a.jcc(Condition.NE, bad);
        e.a.mov(RCX, Mem.qwordPtr(RAX, DOUBLE));
        fileAddress();
        e.a.mov(fr(op.target()), RCX);
        e.later(() -> {
            e.a.bind(bad);
            badarith();
        });
    }

    @Override
    public void store(FloatOps.FloatStore op) {
        fileAddress();
        e.a.mov(RCX, fr(op.source()));
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 0), new Imm32(FLOAT_HEADER));
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 8), RCX);
        e.a.lea(RAX, Mem.qwordPtr(HEAP_TOP, TermTags.PRIMARY_BOXED));
        e.a.add(HEAP_TOP, new Imm8(16));
        e.store(op.target(), RAX);
    }

    @Override
    public void copy(FloatOps.FloatCopy op) {
        fileAddress();
        e.a.mov(RCX, fr(op.source()));
        e.a.mov(fr(op.target()), RCX);
    }

    /** A small integer converts inline, a float loads; a bignum (or a non-number: badarith) through TO_DOUBLE. */
    @Override
    public void convert(FloatOps.FloatConvert op) {
        Label notSmall = e.a.newLabel();
        Label done = e.a.newLabel();
        e.load(RAX, op.source());
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(TermTags.IMMEDIATE1_MASK));
        e.a.cmp(ECX, new Imm32(TermTags.SMALL_INTEGER));
        e.a.jcc(Condition.NE, notSmall);
        e.a.sar(RAX, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.cvtsi2sd(Xmm.XMM0, RAX);
        e.a.movq(RCX, Xmm.XMM0);
        e.a.bind(done);
        fileAddress();
        e.a.mov(fr(op.target()), RCX);
        e.later(() -> {
            Label back = e.a.newLabel();
            Label helper = e.a.newLabel();
            e.a.bind(notSmall);
            e.a.mov(ECX, EAX);
            e.a.and(ECX, new Imm32(TermTags.PRIMARY_MASK));
            e.a.cmp(ECX, new Imm32(TermTags.PRIMARY_BOXED));
            e.a.jcc(Condition.NE, helper);
            e.a.cmp(Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED), new Imm32(FLOAT_HEADER));
            e.a.jcc(Condition.NE, helper);
            e.a.mov(RCX, Mem.qwordPtr(RAX, DOUBLE));
            e.a.jmp(done);
            e.a.bind(helper);
            e.a.mov(e.argument(1), RAX);
            e.callHelper(Helper.TO_DOUBLE, back);
            e.a.bind(back);
            e.a.mov(RCX, e.argument(0));
            e.a.jmp(done);
        });
    }

    @Override
    public void arith(FloatOps.FloatArith op) {
        Label bad = e.a.newLabel();
        fileAddress();
        e.a.movsd(Xmm.XMM0, fr(op.a()));
        switch (op.operation()) {
            case ADD -> e.a.addsd(Xmm.XMM0, fr(op.b()));
            case SUBTRACT -> e.a.subsd(Xmm.XMM0, fr(op.b()));
            case MULTIPLY -> e.a.mulsd(Xmm.XMM0, fr(op.b()));
            case DIVIDE -> e.a.divsd(Xmm.XMM0, fr(op.b()));
        }
        e.a.movq(RAX, Xmm.XMM0);
        e.jumpUnlessFinite(RAX, RCX, bad);
        e.a.mov(fr(op.target()), RAX);
        e.later(() -> {
            e.a.bind(bad);
            badarith();
        });
    }

    /** Flips the sign bit: the negation of a finite double is finite. */
    @Override
    public void negate(FloatOps.FloatNegate op) {
        fileAddress();
        e.a.mov(RAX, fr(op.source()));
        e.a.movabs(RCX, new Imm64(Long.MIN_VALUE));
        e.a.xor(RAX, RCX);
        e.a.mov(fr(op.target()), RAX);
    }

    /** rdx = the float register file. */
    private void fileAddress() {
        e.a.mov(RDX, contextWord(ContextLayout.FLOAT_REGISTERS));
    }

    /** FR(n), with rdx holding the file's address. */
    private static Mem<Bits64> fr(int n) {
        return Mem.qwordPtr(RDX, 8 * n);
    }

    private void badarith() {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.setArgument(0, ErrorKind.BADARITH.code());
        e.callHelper(Helper.RAISE, here);
    }
}

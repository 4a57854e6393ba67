package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.EDX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Scale;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.tier.template.backend.BifFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.tier.template.ops.ErrorOps;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.tier.template.ops.TermBif;
import org.jbeam.vm.term.TermTags;

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
        callGuardBif(op.args(), op.site(), op.fail());
        e.store(op.target(), RDX);
    }

    /** rdx = the BIF of {@code site} called through GUARD_BIF on {@code args}; its failure goes to {@code fail}. Clobbers rax. */
    private void callGuardBif(Source[] args, int site, int fail) {
        for (int i = 0; i < args.length; i++) {
            e.load(RAX, args[i]);
            e.a.mov(e.argument(1 + i), RAX);
        }
        e.setArgument(0, site);
        e.callHelperAndGoOn(Helper.GUARD_BIF);
        e.a.mov(RDX, e.argument(0));
        if (fail != 0) {
            e.a.test(RDX, RDX);
            e.a.jcc(Condition.E, e.beam(fail));
        }
    }

    /**
     * The inline case of a {@link org.jbeam.tier.template.ops.TermBif}: rax = the first argument,
     * rcx = the second; the result in rdx. Anything the inline code does not take goes to the BIF
     * through GUARD_BIF, which fails or raises as erl does. Clobbers rax, rcx, rdx, rsi.
     */
    @Override
    public void termAccess(BifOps.TermAccess op) {
        Label slow = e.a.newLabel();
        Label done = e.a.newLabel();
        if (op.args().length > 0) {
            e.load(RAX, op.args()[0]);
        }
        if (op.args().length > 1) {
            e.load(RCX, op.args()[1]);
        }
        switch (op.bif()) {
            case HD, TL -> {
                primaryTag(RAX, TermTags.PRIMARY_LIST, slow);
                e.a.mov(RDX, Mem.qwordPtr(RAX, (op.bif() == TermBif.HD ? 0 : 8) - TermTags.PRIMARY_LIST));
            }
            case TUPLE_SIZE -> {
                tupleHeader(RAX, slow);
                e.a.shr(RDX, new Imm8(TermTags.ARITY_OFFSET));
                e.tagSmall(RDX);
            }
            case ELEMENT -> {
                // element(N, T): rax = N, rcx = T; 1 <= N <= arity, as one unsigned compare of N - 1.
                e.jumpUnlessTagged(RAX, RSI, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER, slow);
                tupleHeader(RCX, slow);
                e.a.shr(RDX, new Imm8(TermTags.ARITY_OFFSET));
                e.a.mov(RSI, RAX);
                e.a.sar(RSI, new Imm8(TermTags.IMMEDIATE1_SIZE));
                e.a.dec(RSI);
                e.a.cmp(RSI, RDX);
                e.a.jcc(Condition.AE, slow);
                e.a.mov(RDX, Mem.qwordPtr(RCX, RSI, Scale.TIMES_8, 8 - TermTags.PRIMARY_BOXED));
            }
            case SELF -> e.a.mov(RDX, contextWord(ContextLayout.PROCESS_ID));
            case LENGTH -> {
                // Counts cells up to [], any other tail is the BIF's badarg; rcx walks the list.
                Label loop = e.a.newLabel();
                Label end = e.a.newLabel();
                e.a.xor(EDX, EDX);
                e.a.mov(RCX, RAX);
                e.a.bind(loop);
                e.compareImmediate(RCX, TermTags.NIL);
                e.a.jcc(Condition.E, end);
                primaryTag(RCX, TermTags.PRIMARY_LIST, slow);
                e.a.mov(RCX, Mem.qwordPtr(RCX, 8 - TermTags.PRIMARY_LIST));
                e.a.inc(RDX);
                e.a.jmp(loop);
                e.a.bind(end);
                e.tagSmall(RDX);
            }
        }
        e.a.bind(done);
        e.store(op.target(), RDX);
        e.later(() -> {
            e.a.bind(slow);
            callGuardBif(op.args(), op.site(), op.fail());
            e.a.jmp(done);
        });
    }

    /** Jumps to {@code otherwise} unless {@code term}'s primary tag is {@code tag}. Clobbers esi. */
    private void primaryTag(Gp<Bits64> term, int tag, Label otherwise) {
        e.jumpUnlessTagged(term, RSI, TermTags.PRIMARY_MASK, tag, otherwise);
    }

    /** rdx = the header of tuple {@code term}, or a jump to {@code otherwise}. Clobbers esi. */
    private void tupleHeader(Gp<Bits64> term, Label otherwise) {
        primaryTag(term, TermTags.PRIMARY_BOXED, otherwise);
        e.a.mov(RDX, Mem.qwordPtr(term, -TermTags.PRIMARY_BOXED));
        e.a.test(EDX, new Imm32(TermTags.HEADER_SUBTAG_MASK));
        e.a.jcc(Condition.NE, otherwise);
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

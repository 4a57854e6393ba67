package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.REDUCTIONS;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.RegisterConventions.x;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.EDI;
import static org.jbeam.arch.x86_64.asm.Registers.EDX;
import static org.jbeam.arch.x86_64.asm.Registers.R8;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm64;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Scale;
import org.jbeam.tier.template.backend.CallFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.term.TermTags;

/**
 * Calls, returns and jumps (OTP's {@code instr_call}). A CP of this tier is the return address
 * shifted left 10 bits, with the tier id in bits 9..2 ({@code ContinuationPointer}'s layout), so
 * {@code return} tests the low 10 bits and jumps to {@code cp >> 10}; any other CP (another tier's,
 * or the bottom) leaves with RETURNED. Calls through export entries bound to this tier jump to the
 * entry's code word directly; any other leaves for the CALL_EXPORT helper. Clobber rax and rcx.
 */
final class CallTemplates implements CallFamily {
    private final Emission e;

    CallTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void call(CallOps.Call op) {
        Label back = e.a.newLabel();
        setContinuation(back);
        e.a.jmp(e.beam(op.label()));
        e.a.bind(back);
    }

    @Override
    public void callOnly(CallOps.CallOnly op) {
        e.a.jmp(e.beam(op.label()));
    }

    @Override
    public void callLast(CallOps.CallLast op) {
        FrameTemplates.pop(e, op.deallocate());
        e.a.jmp(e.beam(op.label()));
    }

    @Override
    public void callExt(CallOps.CallExt op) {
        Label back = e.a.newLabel();
        if (op.deallocate() == CallOps.BODY) {
            setContinuation(back);
        } else if (op.deallocate() >= 0) {
            FrameTemplates.pop(e, op.deallocate());
        }
        Label elsewhere = e.a.newLabel();
        e.a.movabs(RAX, new Imm64(op.exportEntry()));
        e.a.cmp(Mem.qwordPtr(RAX, 8 * ExportEntry.TIER), new Imm8(e.tierId));
        e.a.jcc(Condition.NE, elsewhere);
        e.a.jmp(Mem.qwordPtr(RAX, 8 * ExportEntry.CODE));
        e.later(() -> {
            e.a.bind(elsewhere);
            e.a.mov(e.argument(0), RAX);
            e.callHelper(Helper.CALL_EXPORT, back);
        });
        // A body call continues here; after an _only/_last call the helper never resumes at
        // `back` (it enters the callee or leaves the tier), so it only needs to be bound.
        e.a.bind(back);
    }

    /** {@code call_ext} of a BIF: the CALL_BIF helper with the arguments in X0..; an {@code _only}/{@code _last} form then returns. */
    @Override
    public void callBif(CallOps.CallBif op) {
        Label back = e.a.newLabel();
        if (op.setElement()) {
            Label slow = e.a.newLabel();
            setElement(slow);
            e.later(() -> {
                e.a.bind(slow);
                e.setArgument(0, op.site());
                e.callHelper(Helper.CALL_BIF, back);
            });
        } else {
            e.setArgument(0, op.site());
            e.callHelper(Helper.CALL_BIF, back);
        }
        e.a.bind(back);
        if (op.deallocate() >= 0) {
            FrameTemplates.pop(e, op.deallocate());
        }
        if (op.deallocate() != CallOps.BODY) {
            ret(new CallOps.Return());
        }
    }

    /**
     * {@code setelement(X0, X1, X2)} into X0 when X1 is a tuple, X0 a small integer from 1 to its
     * arity and the copy fits below the heap limit; anything else goes to {@code slow} (the BIF,
     * which raises badarg or allocates beyond the limit and collects). One reduction, as the BIF
     * call counts. Clobbers rax, rcx, rdx, rsi, rdi, r8.
     */
    private void setElement(Label slow) {
        Label copy = e.a.newLabel();
        e.a.mov(RAX, x(0));
        e.jumpUnlessTagged(RAX, RCX, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER, slow);
        e.a.mov(RCX, x(1));
        e.jumpUnlessTagged(RCX, RSI, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED, slow);
        e.a.mov(RDX, Mem.qwordPtr(RCX, -TermTags.PRIMARY_BOXED));
        e.a.test(EDX, new Imm32(TermTags.HEADER_SUBTAG_MASK));
        e.a.jcc(Condition.NE, slow);
        e.a.shr(RDX, new Imm8(TermTags.ARITY_OFFSET)); // rdx = arity
        e.a.sar(RAX, new Imm8(TermTags.IMMEDIATE1_SIZE));
        e.a.dec(RAX); // rax = index - 1, in range when below the arity (unsigned)
        e.a.cmp(RAX, RDX);
        e.a.jcc(Condition.AE, slow);
        e.a.lea(RSI, Mem.qwordPtr(HEAP_TOP, RDX, Scale.TIMES_8, 8));
        e.a.cmp(RSI, contextWord(ContextLayout.HEAP_LIMIT));
        e.a.jcc(Condition.A, slow);
        // Header and elements, words 0..arity, then the new element.
        e.a.xor(EDI, EDI);
        e.a.bind(copy);
        e.a.mov(R8, Mem.qwordPtr(RCX, RDI, Scale.TIMES_8, -TermTags.PRIMARY_BOXED));
        e.a.mov(Mem.qwordPtr(HEAP_TOP, RDI, Scale.TIMES_8, 0), R8);
        e.a.inc(RDI);
        e.a.cmp(RDI, RDX);
        e.a.jcc(Condition.BE, copy);
        e.a.mov(R8, x(2));
        e.a.mov(Mem.qwordPtr(HEAP_TOP, RAX, Scale.TIMES_8, 8), R8);
        e.a.lea(RAX, Mem.qwordPtr(HEAP_TOP, TermTags.PRIMARY_BOXED));
        e.a.mov(x(0), RAX);
        e.a.mov(HEAP_TOP, RSI);
        e.a.dec(REDUCTIONS);
    }

    /**
     * The frame handled as for any call (a body call's CP set, a {@code _last} call's frame popped),
     * then the APPLY helper: arg0 = form, arg1 = arity, arg2 = 1 for a tail call.
     */
    @Override
    public void apply(CallOps.Apply op) {
        Label back = e.a.newLabel();
        if (op.deallocate() == CallOps.BODY) {
            setContinuation(back);
        } else if (op.deallocate() >= 0) {
            FrameTemplates.pop(e, op.deallocate());
        }
        e.setArgument(0, op.form());
        e.setArgument(1, op.arity());
        e.setArgument(2, op.deallocate() == CallOps.BODY ? 0 : 1);
        e.callHelper(Helper.APPLY, back);
        e.a.bind(back);
    }

    /** Frame handling and CP as for {@code apply}; the helper enters the on_load function. */
    @Override
    public void callOnLoad(CallOps.CallOnLoad op) {
        Label back = e.a.newLabel();
        if (op.deallocate() == CallOps.BODY) {
            setContinuation(back);
        } else if (op.deallocate() >= 0) {
            FrameTemplates.pop(e, op.deallocate());
        }
        e.callHelper(Helper.CALL_ON_LOAD, back);
        e.a.bind(back);
    }

    /** The helper's resume address is its own exit, which waking from the wait re-runs; nothing follows. */
    @Override
    public void hibernate(CallOps.Hibernate op) {
        e.callHelperResumingHere(Helper.HIBERNATE);
    }

    @Override
    public void ret(CallOps.Return op) {
        Label elsewhere = e.a.newLabel();
        e.a.mov(RAX, contextWord(ContextLayout.CONTINUATION));
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(0x3FF));
        e.a.cmp(ECX, new Imm32(e.continuationTag()));
        e.a.jcc(Condition.NE, elsewhere);
        e.a.shr(RAX, new Imm8(10));
        // The CP is consumed: a stack trace taken later must not name the function returned from.
        e.a.mov(contextWord(ContextLayout.CONTINUATION), new Imm32(0));
        e.a.jmp(RAX);
        e.later(() -> {
            e.a.bind(elsewhere);
            e.leave(ExitReason.RETURNED);
        });
    }

    @Override
    public void jump(CallOps.Jump op) {
        e.a.jmp(e.beam(op.label()));
    }

    /** The CP register = this tier's CP for {@code back}. */
    private void setContinuation(Label back) {
        e.a.lea(RAX, back);
        e.a.shl(RAX, new Imm8(10));
        e.a.or(RAX, new Imm32(e.continuationTag()));
        e.a.mov(contextWord(ContextLayout.CONTINUATION), RAX);
    }
}

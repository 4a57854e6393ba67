package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm64;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.CallFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.vm.code.ExportEntry;

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
        e.setArgument(0, op.site());
        e.callHelper(Helper.CALL_BIF, back);
        e.a.bind(back);
        if (op.deallocate() >= 0) {
            FrameTemplates.pop(e, op.deallocate());
        }
        if (op.deallocate() != CallOps.BODY) {
            ret(new CallOps.Return());
        }
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

package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.REDUCTIONS;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.backend.MessageFamily;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.ops.MessageOps;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.vm.term.TermTags;

/**
 * Send and receive (OTP's {@code msg_instrs}): the mailbox is a Java object, so each step of the
 * receive loop is a helper; the loop's control flow (jump to the fail label when no message is
 * left, back to the loop with a reduction counted) is inline. {@code wait} leaves the tier with
 * the loop as resume address, so a woken process runs the loop again. Clobber rax.
 */
final class MessageTemplates implements MessageFamily {
    private final Emission e;

    MessageTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void send(MessageOps.Send op) {
        helper(Helper.SEND);
    }

    @Override
    public void loopRec(MessageOps.LoopRec op) {
        helper(Helper.LOOP_REC);
        e.a.mov(RAX, e.argument(0));
        e.a.test(RAX, RAX);
        e.a.jcc(Condition.E, e.beam(op.fail()));
        e.store(op.target(), RAX);
    }

    /** The next message, then the loop again: a loop counts a reduction, as a call does, and may yield there. */
    @Override
    public void loopRecEnd(MessageOps.LoopRecEnd op) {
        Label yield = e.a.newLabel();
        helper(Helper.NEXT_MESSAGE);
        e.a.dec(REDUCTIONS);
        e.a.jcc(Condition.LE, yield);
        e.a.jmp(e.beam(op.loop()));
        e.later(() -> {
            e.a.bind(yield);
            e.leave(ExitReason.YIELDED, e.beam(op.loop()));
        });
    }

    @Override
    public void removeMessage(MessageOps.RemoveMessage op) {
        helper(Helper.REMOVE_MESSAGE);
    }

    @Override
    public void await(MessageOps.Wait op) {
        e.callHelper(Helper.WAIT, e.beam(op.loop()));
    }

    /** arg1 = the time, arg2 = the loop's address, arg3 = live X registers (the time's, read again after waking). */
    @Override
    public void waitTimeout(MessageOps.WaitTimeout op) {
        e.load(RAX, op.time());
        e.a.mov(e.argument(1), RAX);
        e.a.lea(RAX, e.beam(op.loop()));
        e.a.mov(e.argument(2), RAX);
        e.setArgument(3, op.time() instanceof XReg x ? x.index() + 1 : 0);
        helper(Helper.WAIT_TIMEOUT);
    }

    @Override
    public void timeout(MessageOps.Timeout op) {
        helper(Helper.TIMEOUT);
    }

    @Override
    public void recvMarkerReserve(MessageOps.RecvMarkerReserve op) {
        e.a.mov(e.mem(op.target()), new Imm32((int) TermTags.makeSmall(0)));
    }

    /** Leaves for {@code helper} and goes on right after. */
    private void helper(Helper helper) {
        Label back = e.a.newLabel();
        e.callHelper(helper, back);
        e.a.bind(back);
    }
}

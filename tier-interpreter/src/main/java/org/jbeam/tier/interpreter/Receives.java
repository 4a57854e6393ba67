package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.MessageOps;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessBifs;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.TermTags;

/**
 * Message instructions, as BEAM's {@code msg_instrs.tab}: {@code loop_rec} reads the message
 * under the mailbox's save pointer, {@code loop_rec_end} moves the pointer on, and
 * {@code remove_message} takes the matched message (its fragment joins the process heap). With
 * no message left, {@code wait}/{@code wait_timeout} leave the tier with
 * {@link Machine#WAIT}; the scheduler parks the process and later resumes it at the
 * {@code loop_rec}. {@code wait_timeout} starts the receive timer the first time it waits and
 * falls through to {@code timeout} once the timer fired.
 */
final class Receives {
    private Receives() {}

    static int send(Machine m, int pc) {
        ErlangProcess p = m.process;
        p.reduce();
        p.setX(0, ProcessBifs.send(p, p.x(0), p.x(1)));
        return pc + 1;
    }

    static int loopRec(Machine m, MessageOps.LoopRec i, int pc) {
        long message = m.process.mailbox().current();
        if (message == TermTags.NON_VALUE) {
            return i.fail();
        }
        m.write(i.target(), message);
        return pc + 1;
    }

    static int loopRecEnd(Machine m, MessageOps.LoopRecEnd i) {
        m.process.mailbox().advance();
        return Calls.enterLocal(m, i.loop());
    }

    static int removeMessage(Machine m, int pc) {
        ErlangProcess p = m.process;
        p.mailbox().removeCurrent(p.heap());
        clearTimer(p);
        return pc + 1;
    }

    static int await(Machine m, MessageOps.Wait i) {
        return m.waitAt(i.loop(), 0);
    }

    static int waitTimeout(Machine m, MessageOps.WaitTimeout i, int pc) {
        long time = m.read(i.time());
        if (time == Atoms.INFINITY) {
            return m.waitAt(i.loop(), liveForTimeout(i));
        }
        if (!TermTags.isSmall(time) || TermTags.smallValue(time) < 0) {
            throw ErlangException.error(m.interpreter.atom("timeout_value"), "bad receive timeout");
        }
        ProcessControl control = control(m.process);
        if (control.timedOut() || time == TermTags.makeSmall(0)) {
            return pc + 1;
        }
        if (!control.receiveTimerRunning()) {
            control.runtime().startReceiveTimer(m.process, TermTags.smallValue(time));
        }
        return m.waitAt(i.loop(), liveForTimeout(i));
    }

    /** The timeout is read again when the loop comes back to this instruction: its register stays live. */
    private static int liveForTimeout(MessageOps.WaitTimeout i) {
        return i.time() instanceof org.jbeam.tier.interpreter.instr.XReg x ? x.index() + 1 : 0;
    }

    static int timeout(Machine m, int pc) {
        m.process.mailbox().resetSavePointer();
        clearTimer(m.process);
        return pc + 1;
    }

    static int reserveMarker(Machine m, MessageOps.RecvMarkerReserve i, int pc) {
        m.write(i.target(), TermTags.makeSmall(0));
        return pc + 1;
    }

    private static void clearTimer(ErlangProcess p) {
        if (p.control() != null) {
            p.control().runtime().clearReceiveTimer(p);
        }
    }

    private static ProcessControl control(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("receive ... after needs a process runtime");
        }
        return p.control();
    }
}

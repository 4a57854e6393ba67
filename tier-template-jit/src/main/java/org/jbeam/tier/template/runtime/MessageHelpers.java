package org.jbeam.tier.template.runtime;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessBifs;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierStatus;

/**
 * The message helpers (OTP's {@code msg_instrs}): send, the mailbox steps of a receive loop, and
 * waiting, which leaves the tier with the loop as where the process goes on.
 */
final class MessageHelpers {
    private final AtomTable atoms;

    MessageHelpers(AtomTable atoms) {
        this.atoms = atoms;
    }

    /** {@code send}: X0 ! X1, the message left in X0; a reduction counted. */
    static void send(ErlangProcess p) {
        p.reduce();
        p.setX(0, ProcessBifs.send(p, p.x(0), p.x(1)));
    }

    static void removeMessage(ErlangProcess p) {
        p.mailbox().removeCurrent(p.heap());
        clearReceiveTimer(p);
    }

    static void timeout(ErlangProcess p) {
        p.mailbox().resetSavePointer();
        clearReceiveTimer(p);
    }

    /** Leaves the tier waiting; a message (or the timer) makes the scheduler resume at {@code loop}. */
    static Outcome waitAt(ErlangProcess p, long loop, int liveX) {
        p.setResumePosition(loop);
        p.setLiveX(liveX);
        return Outcome.leave(TierStatus.WAITING);
    }

    /** {@code wait_timeout}: goes on at {@code timeout} once the time has passed, else waits (the timer started). */
    Outcome waitTimeout(ErlangProcess p, long time, long loop, int liveX, long timeout) {
        if (time == Atoms.INFINITY) {
            return waitAt(p, loop, liveX);
        }
        if (!TermTags.isSmall(time) || TermTags.smallValue(time) < 0) {
            throw ErlangException.error(atoms.atom("timeout_value"), "bad receive timeout");
        }
        ProcessControl control = p.control();
        if (control == null) {
            throw ErlangException.badarg("receive ... after needs a process runtime");
        }
        if (control.timedOut() || time == TermTags.makeSmall(0)) {
            return Outcome.enter(timeout);
        }
        if (!control.receiveTimerRunning()) {
            control.runtime().startReceiveTimer(p, TermTags.smallValue(time));
        }
        return waitAt(p, loop, liveX);
    }

    private static void clearReceiveTimer(ErlangProcess p) {
        if (p.control() != null) {
            p.control().runtime().clearReceiveTimer(p);
        }
    }
}

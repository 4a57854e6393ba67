package org.jbeam.vm.scheduler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Links, monitors and exit signals (OTP's {@code erl_proc_sig_queue.c}, {@code bif.c}'s
 * {@code link_1}, {@code monitor_2}, {@code exit_2} and {@code erts_do_exit_process}):
 *
 * <ul>
 * <li>An exiting process sends an exit signal with its reason along each link: a process
 * trapping exits gets {@code {'EXIT', From, Reason}}; otherwise {@code normal} is ignored and
 * any other reason makes it exit with that reason.
 * <li>{@code exit(Pid, kill)} is untrappable and makes the target exit with {@code killed}.
 * <li>Each monitor on an exiting process delivers {@code {'DOWN', Ref, process, Item, Reason}};
 * a monitor of a dead process delivers it at once with {@code noproc}.
 * </ul>
 *
 * Deaths are processed from a work list, so a chain of 10,000 linked processes dying costs no
 * Java stack. A signal to the running process itself (only {@code exit(self(), R)}) is noted
 * and takes effect when its slice ends.
 */
final class Signals {
    private record Death(ErlangProcess process, long reason, boolean returned) {}

    private final ProcessRuntime runtime;
    private final ArrayDeque<Death> deaths = new ArrayDeque<>();
    private boolean draining;
    private final long exitAtom;
    private final long downAtom;
    private final long processAtom;

    Signals(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.exitAtom = runtime.atoms.atom("EXIT");
        this.downAtom = runtime.atoms.atom("DOWN");
        this.processAtom = runtime.atoms.atom("process");
    }

    // Links.

    /** {@code link(Pid)}: a dead pid is {@code {'EXIT', Pid, noproc}} when trapping, else error noproc. */
    void link(ErlangProcess self, long pid) {
        if (TermTags.isLocalPort(pid)) {
            runtime.portSignals.link(self, pid);
            return;
        }
        if (!TermTags.isLocalPid(pid)) {
            throw ErlangException.badarg("link: not a pid");
        }
        if (pid == self.pid()) {
            return;
        }
        ErlangProcess other = runtime.lookup(pid);
        if (other == null) {
            if (self.control().trapExit) {
                HeapFragments fragment = new HeapFragments(16);
                runtime.deliver(self, Tuples.make(fragment, exitAtom, pid, Atoms.NOPROC), fragment);
                return;
            }
            throw ErlangException.error(Atoms.NOPROC, "link to a dead process");
        }
        self.control().links.add(pid);
        other.control().links.add(self.pid());
    }

    void unlink(ErlangProcess self, long pid) {
        if (TermTags.isLocalPort(pid)) {
            runtime.portSignals.unlink(self, pid);
            return;
        }
        if (!TermTags.isLocalPid(pid)) {
            throw ErlangException.badarg("unlink: not a pid");
        }
        self.control().links.remove(pid);
        ErlangProcess other = runtime.lookup(pid);
        if (other != null) {
            other.control().links.remove(self.pid());
        }
    }

    // Monitors.

    /** {@code monitor(process, PidOrName)}: the monitor's reference, built on the caller's heap. */
    long monitor(ErlangProcess self, long target) {
        long item = target;
        long pid = runtime.resolve(target);
        long reference = runtime.makeReference(self.heap());
        RefKey key = RefKey.of(reference);
        if (TermTags.isAtom(target)) {
            item = Tuples.make(self.heap(), target, Atoms.NONODE);
        }
        ErlangProcess other = pid == TermTags.NON_VALUE ? null : runtime.lookup(pid);
        if (other == null) {
            HeapFragments fragment = new HeapFragments(32);
            runtime.deliver(self, down(fragment, reference, item, Atoms.NOPROC), fragment);
            return reference;
        }
        self.control().monitoring.put(key, pid);
        other.control().monitoredBy.put(key, new long[] {self.pid(), TermTags.isAtom(target) ? target : pid});
        return reference;
    }

    /** {@code demonitor(Ref, Options)}: whether a monitor was removed; {@code flush} drops its 'DOWN'. */
    boolean demonitor(ErlangProcess self, long reference, boolean flush) {
        RefKey key = RefKey.of(reference);
        if (key == null) {
            throw ErlangException.badarg("demonitor: not a reference");
        }
        Long pid = self.control().monitoring.remove(key);
        if (pid != null) {
            ErlangProcess other = runtime.lookup(pid);
            if (other != null) {
                other.control().monitoredBy.remove(key);
            }
        }
        if (flush) {
            self.mailbox().removeMatching(term -> isDownFor(term, key));
        }
        return pid != null;
    }

    private boolean isDownFor(long term, RefKey key) {
        return Tuples.isTuple(term) && Tuples.arity(term) == 5 && Tuples.element(term, 1) == downAtom
                && key.equals(RefKey.of(Tuples.element(term, 2)));
    }

    // Exit signals.

    /** {@code exit(Pid, Reason)} from {@code self}. */
    void exit(ErlangProcess self, long pid, long reason) {
        if (TermTags.isLocalPort(pid)) {
            runtime.ports.exitSignal(self.pid(), pid, reason, false);
            return;
        }
        if (!TermTags.isLocalPid(pid)) {
            throw ErlangException.badarg("exit/2: not a pid");
        }
        ErlangProcess target = runtime.lookup(pid);
        if (target != null) {
            signal(self.pid(), target, reason, false);
        }
    }

    /** Delivers one exit signal from {@code from} ({@code reason} on any heap; it is copied). */
    void signal(long from, ErlangProcess target, long reason, boolean viaLink) {
        ProcessControl control = target.control();
        if (!viaLink && reason == Atoms.KILL) {
            kill(target, Atoms.KILLED);
        } else if (control.trapExit) {
            HeapFragments fragment = new HeapFragments(64);
            runtime.deliver(target, Tuples.make(fragment, exitAtom, from, TermCopier.copy(reason, fragment)), fragment);
        } else if (reason != Atoms.NORMAL) {
            kill(target, reason);
        } else if (!viaLink && from == target.pid()) {
            kill(target, Atoms.NORMAL);
        }
    }

    /** Makes {@code target} exit with a copy of {@code reason}. */
    private void kill(ErlangProcess target, long reason) {
        HeapFragments fragment = new HeapFragments(64);
        long copy = TermCopier.copy(reason, fragment);
        target.heap().attachFragment(fragment);
        ProcessControl control = target.control();
        if (control.state() == ProcessControl.State.RUNNING) {
            control.pendingExitReason = copy;
            target.endSlice();
        } else {
            terminate(target, copy, false);
        }
    }

    /**
     * Ends {@code process} with {@code reason} (a term its heap or attached fragments hold):
     * signals to links and monitors, the observers told, its memory freed.
     */
    void terminate(ErlangProcess process, long reason, boolean returned) {
        deaths.add(new Death(process, reason, returned));
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!deaths.isEmpty()) {
                finish(deaths.poll());
            }
        } finally {
            draining = false;
        }
    }

    private void finish(Death death) {
        ErlangProcess process = death.process();
        ProcessControl control = process.control();
        if (control.state() == ProcessControl.State.EXITED) {
            return;
        }
        control.setState(ProcessControl.State.EXITED);
        runtime.forget(process);
        runtime.clearReceiveTimer(process);
        control.runExitHooks();
        long pid = process.pid();
        long reason = death.reason();
        for (Map.Entry<RefKey, Long> held : control.monitoring.entrySet()) {
            ErlangProcess other = runtime.lookup(held.getValue());
            if (other != null) {
                other.control().monitoredBy.remove(held.getKey());
            }
        }
        for (Map.Entry<RefKey, long[]> watched : control.monitoredBy.entrySet()) {
            ErlangProcess watcher = runtime.lookup(watched.getValue()[0]);
            if (watcher != null) {
                watcher.control().monitoring.remove(watched.getKey());
                HeapFragments fragment = new HeapFragments(64);
                long ref = org.jbeam.vm.term.Identifiers.localReference(fragment, watched.getKey().ids());
                long item = watched.getValue()[1];
                if (TermTags.isAtom(item)) {
                    item = Tuples.make(fragment, item, Atoms.NONODE);
                }
                runtime.deliver(watcher, down(fragment, ref, item, TermCopier.copy(reason, fragment)), fragment);
            }
        }
        List<Long> linked = new ArrayList<>(control.links);
        for (long other : linked) {
            if (TermTags.isLocalPort(other)) {
                runtime.ports.exitSignal(pid, other, reason, true);
                continue;
            }
            ErlangProcess target = runtime.lookup(other);
            if (target != null) {
                target.control().links.remove(pid);
                signal(pid, target, reason, true);
            }
        }
        runtime.exited(process, death.returned(), reason);
        process.close();
    }

    private long down(HeapFragments fragment, long reference, long item, long reason) {
        return Tuples.make(fragment, downAtom, TermCopier.copy(reference, fragment), processAtom,
                TermCopier.copy(item, fragment), reason);
    }
}

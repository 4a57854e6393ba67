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
 * Java stack. A kill of a running process (itself, {@code exit(self(), R)}, or one running on
 * another scheduler) is noted and takes effect when its slice ends
 * ({@link ProcessControl#claimForExit}).
 *
 * <p>Every entry point holds the runtime's signal lock ({@link ProcessRuntime#signalLock}):
 * the link and monitor sets of both ends, the tags and the work list change as one step, and a
 * process's exit reaches its links and monitors atomically, whichever schedulers they run on.
 */
final class Signals {
    private record Death(ErlangProcess process, long reason, boolean returned) {}

    /** A monitor's {@code {tag, Tag}} option, copied where the monitor owns it (null for an immediate). */
    private record MonitorTag(long term, HeapFragments fragment) {}

    private final ProcessRuntime runtime;
    /** The runtime's signal lock ({@link ProcessRuntime#signalLock}), held by every entry point. */
    private final java.util.concurrent.locks.ReentrantLock lock;
    private final ArrayDeque<Death> deaths = new ArrayDeque<>();
    private boolean draining;
    /** The tags of the monitors made with {@code {tag, Tag}}, by monitor reference. */
    private final Map<RefKey, MonitorTag> tags = new java.util.HashMap<>();
    private final long exitAtom;
    private final long downAtom;
    private final long processAtom;

    Signals(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.lock = runtime.signalLock;
        this.exitAtom = runtime.atoms.atom("EXIT");
        this.downAtom = runtime.atoms.atom("DOWN");
        this.processAtom = runtime.atoms.atom("process");
    }

    // Links.

    /** {@code link(Pid)}: a dead pid is {@code {'EXIT', Pid, noproc}} when trapping, else error noproc. */
    void link(ErlangProcess self, long pid) {
        lock.lock();
        try {
            linkLocked(self, pid);
        } finally {
            lock.unlock();
        }
    }

    private void linkLocked(ErlangProcess self, long pid) {
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
        lock.lock();
        try {
            unlinkLocked(self, pid);
        } finally {
            lock.unlock();
        }
    }

    private void unlinkLocked(ErlangProcess self, long pid) {
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
        return monitor(self, target, TermTags.NON_VALUE, null);
    }

    /**
     * {@code monitor(process, Target, Options)} (OTP's {@code monitor_3}) with its options read:
     * {@code tag} replaces {@code 'DOWN'} in the message (NON_VALUE: none given) and
     * {@code aliasMode} makes the reference an alias too (null: no alias). A registered name,
     * alone or as {@code {Name, Node}} with the local node, is reported as {@code {Name, Node}};
     * an unregistered one or a dead pid gets its message at once with {@code noproc}. As in erl,
     * a process monitoring itself gets a reference but no monitor.
     */
    long monitor(ErlangProcess self, long target, long tag, Aliases.Mode aliasMode) {
        lock.lock();
        try {
            return monitorLocked(self, target, tag, aliasMode);
        } finally {
            lock.unlock();
        }
    }

    private long monitorLocked(ErlangProcess self, long target, long tag, Aliases.Mode aliasMode) {
        long name = monitoredName(target);
        long pid = runtime.resolve(target);
        long reference = runtime.makeReference(self.heap());
        RefKey key = RefKey.of(reference);
        if (aliasMode != null) {
            runtime.aliases.activate(self.control(), key, aliasMode);
        }
        long item = name == TermTags.NON_VALUE ? target : Tuples.make(self.heap(), name, Atoms.NONODE);
        ErlangProcess other = pid == TermTags.NON_VALUE ? null : runtime.lookup(pid);
        if (other == null) {
            HeapFragments fragment = new HeapFragments(32);
            long downTag = tag == TermTags.NON_VALUE ? downAtom : TermCopier.copy(tag, fragment);
            runtime.deliver(self, down(fragment, downTag, reference, item, Atoms.NOPROC), fragment);
            runtime.aliases.monitorGone(self.control(), key);
            return reference;
        }
        if (pid == self.pid()) {
            return reference;
        }
        if (tag != TermTags.NON_VALUE) {
            HeapFragments fragment = TermTags.isImmediate(tag) ? null : new HeapFragments(32);
            tags.put(key, new MonitorTag(fragment == null ? tag : TermCopier.copy(tag, fragment), fragment));
        }
        self.control().monitoring.put(key, pid);
        other.control().monitoredBy.put(key, new long[] {self.pid(), name == TermTags.NON_VALUE ? pid : name});
        return reference;
    }

    /** The registered name a monitor target names ({@code Name} or {@code {Name, Node}}), or NON_VALUE. */
    private static long monitoredName(long target) {
        if (TermTags.isAtom(target)) {
            return target;
        }
        if (Tuples.isTuple(target) && Tuples.arity(target) == 2 && TermTags.isAtom(Tuples.element(target, 1))) {
            return Tuples.element(target, 1);
        }
        return TermTags.NON_VALUE;
    }

    /** {@code demonitor(Ref, Options)}: whether a monitor was removed; {@code flush} drops its message. */
    boolean demonitor(ErlangProcess self, long reference, boolean flush) {
        lock.lock();
        try {
            return demonitorLocked(self, reference, flush);
        } finally {
            lock.unlock();
        }
    }

    private boolean demonitorLocked(ErlangProcess self, long reference, boolean flush) {
        RefKey key = RefKey.of(reference);
        if (key == null) {
            if (TermTags.isBoxed(reference) && org.jbeam.vm.term.Identifiers.isLocalReference(reference)) {
                return false; // a reference jbeam did not make cannot name a monitor
            }
            throw ErlangException.badarg("demonitor: not a reference");
        }
        boolean removed = removeMonitor(self, key);
        if (flush) {
            self.mailbox().removeMatching(term -> isDownFor(term, key));
        }
        return removed;
    }

    /** Removes the monitor {@code key} that {@code self} holds (and its alias when tied to it). */
    boolean removeMonitor(ErlangProcess self, RefKey key) {
        lock.lock();
        try {
            return removeMonitorLocked(self, key);
        } finally {
            lock.unlock();
        }
    }

    private boolean removeMonitorLocked(ErlangProcess self, RefKey key) {
        Long pid = self.control().monitoring.remove(key);
        if (pid != null) {
            ErlangProcess other = runtime.lookup(pid);
            if (other != null) {
                other.control().monitoredBy.remove(key);
            }
            dropTag(key);
        }
        runtime.aliases.monitorGone(self.control(), key);
        return pid != null;
    }

    private long takeTag(RefKey key, HeapFragments into) {
        MonitorTag tag = tags.remove(key);
        if (tag == null) {
            return downAtom;
        }
        long copy = TermCopier.copy(tag.term(), into);
        if (tag.fragment() != null) {
            tag.fragment().close();
        }
        return copy;
    }

    private void dropTag(RefKey key) {
        MonitorTag tag = tags.remove(key);
        if (tag != null && tag.fragment() != null) {
            tag.fragment().close();
        }
    }

    /** As erts_internal:flush_monitor_messages/3: any {@code {_, Ref, _, _, _}}, whatever its tag. */
    private static boolean isDownFor(long term, RefKey key) {
        return Tuples.isTuple(term) && Tuples.arity(term) == 5 && key.equals(RefKey.of(Tuples.element(term, 2)));
    }

    // Exit signals.

    /** {@code exit(Pid, Reason)} from {@code self}. */
    void exit(ErlangProcess self, long pid, long reason) {
        lock.lock();
        try {
            exitLocked(self, pid, reason);
        } finally {
            lock.unlock();
        }
    }

    private void exitLocked(ErlangProcess self, long pid, long reason) {
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
        lock.lock();
        try {
            signalLocked(from, target, reason, viaLink);
        } finally {
            lock.unlock();
        }
    }

    private void signalLocked(long from, ErlangProcess target, long reason, boolean viaLink) {
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

    /** Makes {@code target} exit with a copy of {@code reason}: at once, or at the end of its slice when it runs. */
    void kill(ErlangProcess target, long reason) {
        lock.lock(); // taken again when called from a signal: the lock is reentrant
        try {
            HeapFragments fragment = new HeapFragments(64);
            long copy = TermCopier.copy(reason, fragment);
            // A running target (on this thread: itself; or on another scheduler) ends after its
            // slice; its heap is its own thread's until then, so the fragment joins it there.
            if (target.control().claimForExit(copy, fragment)) {
                target.heap().attachFragment(fragment);
                terminateLocked(target, copy, false);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends {@code process} with {@code reason} (a term its heap or attached fragments hold):
     * signals to links and monitors, the observers told, its memory freed.
     */
    void terminate(ErlangProcess process, long reason, boolean returned) {
        lock.lock();
        try {
            terminateLocked(process, reason, returned);
        } finally {
            lock.unlock();
        }
    }

    private void terminateLocked(ErlangProcess process, long reason, boolean returned) {
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
            dropTag(held.getKey());
        }
        runtime.aliases.processGone(control);
        for (Map.Entry<RefKey, long[]> watched : control.monitoredBy.entrySet()) {
            ErlangProcess watcher = runtime.lookup(watched.getValue()[0]);
            if (watcher != null) {
                HeapFragments fragment = new HeapFragments(64);
                long tag = takeTag(watched.getKey(), fragment);
                long ref = org.jbeam.vm.term.Identifiers.localReference(fragment, watched.getKey().ids());
                long item = watched.getValue()[1];
                if (TermTags.isAtom(item)) {
                    item = Tuples.make(fragment, item, Atoms.NONODE);
                }
                // As in erts, the 'DOWN' counts only if the watcher still holds the monitor when
                // it takes the message in (a reply_demonitor reply or a demonitor may come first).
                ProcessControl watching = watcher.control();
                RefKey key = watched.getKey();
                runtime.deliver(watcher, down(fragment, tag, ref, item, TermCopier.copy(reason, fragment)), fragment,
                        () -> {
                            lock.lock();
                            try {
                                boolean held = watching.monitoring.remove(key) != null;
                                runtime.aliases.monitorGone(watching, key);
                                return held;
                            } finally {
                                lock.unlock();
                            }
                        });
            } else {
                dropTag(watched.getKey());
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

    private long down(HeapFragments fragment, long tag, long reference, long item, long reason) {
        return Tuples.make(fragment, tag, TermCopier.copy(reference, fragment), processAtom,
                TermCopier.copy(item, fragment), reason);
    }
}

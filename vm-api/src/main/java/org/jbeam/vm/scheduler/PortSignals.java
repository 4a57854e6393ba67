package org.jbeam.vm.scheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.port.Port;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The process half of the signals between processes and ports (OTP's {@code erl_port.h}
 * links and monitors, {@code io.c}'s {@code erts_port_exit}): {@code link/1} and
 * {@code unlink/1} on a port, {@code monitor(port, Port)}, and what a closing port sends,
 * an exit signal along each link ({@code {'EXIT', Port, Reason}} to a process trapping
 * exits) and {@code {'DOWN', Ref, port, Port, Reason}} to each monitor.
 *
 * <p>A process's links hold the ports it is linked to beside the pids (as erl's
 * {@code process_info(P, links)} lists them); its monitors hold the monitored port. The
 * port's side (its links) lives in {@link Port}; the monitors on a port live here, and one
 * whose watcher demonitored or died is dropped when the port looks at it. Under the signal lock
 * only (port BIFs, handed-over port input and {@link Signals} hold it).
 */
public final class PortSignals {
    private final ProcessRuntime runtime;
    /** Monitors on each open port: reference to the watching pid. */
    private final Map<Long, Map<RefKey, Long>> monitorsOnPorts = new HashMap<>();
    private final long exitAtom;
    private final long downAtom;
    private final long portAtom;

    PortSignals(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.exitAtom = runtime.atoms.atom("EXIT");
        this.downAtom = runtime.atoms.atom("DOWN");
        this.portAtom = runtime.atoms.atom("port");
    }

    /** {@code link(Port)}: a closed port is {@code {'EXIT', Port, noproc}} when trapping, else error noproc. */
    void link(ErlangProcess self, long port) {
        Port target = runtime.ports.lookup(port);
        if (target == null) {
            if (self.control().trapExit) {
                HeapFragments fragment = new HeapFragments(16);
                runtime.deliver(self, Tuples.make(fragment, exitAtom, port, Atoms.NOPROC), fragment);
                return;
            }
            throw ErlangException.error(Atoms.NOPROC, "link to a closed port");
        }
        self.control().links.add(port);
        target.links().add(self.pid());
    }

    void unlink(ErlangProcess self, long port) {
        self.control().links.remove(port);
        Port target = runtime.ports.lookup(port);
        if (target != null) {
            target.links().remove(self.pid());
        }
    }

    /** Links the process {@code pid} and {@code port} both ways (open_port, port_connect); false when it is dead. */
    public boolean linkProcess(long pid, Port port) {
        ErlangProcess process = runtime.lookup(pid);
        if (process == null) {
            return false;
        }
        process.control().links.add(port.id());
        port.links().add(pid);
        return true;
    }

    /** {@code monitor(port, Port)}: the reference, built on the caller's heap; a closed port is 'DOWN' noproc at once. */
    long monitor(ErlangProcess self, long port) {
        if (!TermTags.isLocalPort(port)) {
            throw ErlangException.badarg("monitor: not a port");
        }
        long reference = runtime.makeReference(self.heap());
        RefKey key = RefKey.of(reference);
        if (runtime.ports.lookup(port) == null) {
            HeapFragments fragment = new HeapFragments(32);
            runtime.deliver(self, down(fragment, reference, port, Atoms.NOPROC), fragment);
            return reference;
        }
        self.control().monitoring.put(key, port);
        monitorsOnPorts.computeIfAbsent(port, k -> new LinkedHashMap<>()).put(key, self.pid());
        return reference;
    }

    /** The pids that still monitor {@code port} ({@code port_info(P, monitored_by)}). */
    public List<Long> monitoredBy(long port) {
        List<Long> watchers = new ArrayList<>();
        Map<RefKey, Long> monitors = monitorsOnPorts.get(port);
        if (monitors != null) {
            monitors.entrySet().removeIf(e -> !stillMonitoring(e.getValue(), e.getKey()));
            watchers.addAll(monitors.values());
        }
        return watchers;
    }

    private boolean stillMonitoring(long watcher, RefKey key) {
        ErlangProcess process = runtime.lookup(watcher);
        return process != null && process.control().monitoring.containsKey(key);
    }

    /**
     * {@code port} closed with {@code reason} (on any heap; copied): an exit signal to each
     * linked process, then a 'DOWN' to each monitor, as erl orders them.
     */
    public void portExited(Port port, long reason) {
        long id = port.id();
        for (long pid : new ArrayList<>(port.links())) {
            ErlangProcess target = runtime.lookup(pid);
            if (target != null) {
                target.control().links.remove(id);
                runtime.signals.signal(id, target, reason, true);
            }
        }
        port.links().clear();
        Map<RefKey, Long> monitors = monitorsOnPorts.remove(id);
        if (monitors == null) {
            return;
        }
        for (Map.Entry<RefKey, Long> monitor : monitors.entrySet()) {
            ErlangProcess watcher = runtime.lookup(monitor.getValue());
            if (watcher != null && watcher.control().monitoring.remove(monitor.getKey()) != null) {
                HeapFragments fragment = new HeapFragments(64);
                long ref = Identifiers.localReference(fragment, monitor.getKey().ids());
                runtime.deliver(watcher, down(fragment, ref, id, TermCopier.copy(reason, fragment)), fragment);
            }
        }
    }

    /**
     * Sends {@code term} (built in {@code fragment}) from a port to {@code pid}; a dead pid
     * frees the fragment. Returns whether it was delivered.
     */
    public boolean deliver(long pid, long term, HeapFragments fragment) {
        ErlangProcess target = runtime.lookup(pid);
        if (target == null) {
            if (fragment != null) {
                fragment.close();
            }
            return false;
        }
        runtime.deliver(target, term, fragment);
        return true;
    }

    private long down(HeapFragments fragment, long reference, long port, long reason) {
        return Tuples.make(fragment, downAtom, TermCopier.copy(reference, fragment), portAtom, port, reason);
    }
}

package org.jbeam.vm.port;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The open ports of one VM and what happens to them (OTP's {@code io.c}): opening with a
 * driver, output commands, closing, connecting, the messages a process sends a port
 * ({@code {Pid, {command, Data}}}, {@code {Pid, close}}, {@code {Pid, {connect, NewPid}}},
 * from the connected process only: any other message makes the port exit with
 * {@code badsig}), exit signals to a port, and the messages a port sends its connected
 * process ({@code {Port, {data, Data}}}, {@code {Port, eof}}, {@code {Port, {exit_status, S}}},
 * {@code {Port, closed}}, {@code {Port, connected}}).
 *
 * <p>A port closes with {@code normal} at the end of its input (unless {@code eof} is set),
 * on {@code port_close} or {@code {Pid, close}}; with the reason of an exit signal that is not
 * {@code normal}, or {@code normal} from its connected process (its owner's death). Scheduler
 * thread only, but for the driver reports it hands over there.
 */
public final class PortTable implements AutoCloseable {
    private static final long PORT_NUMBERS = 1L << 27;

    private final ProcessRuntime runtime;
    private final AtomTable atoms;
    private final TreeMap<Long, Port> open = new TreeMap<>();
    private long nextNumber = 1;
    private volatile StandardIo io;

    public PortTable(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.atoms = runtime.atoms();
    }

    /** Sets the streams behind descriptors 0, 1 and 2 (a test harness's own); the process's by default. */
    public void setStandardIo(StandardIo standardIo) {
        io = standardIo;
    }

    private StandardIo io() {
        if (io == null) {
            io = StandardIo.process();
        }
        return io;
    }

    /** The open port {@code port}, or null. */
    public Port lookup(long port) {
        return TermTags.isLocalPort(port) ? open.get(Identifiers.portNumber(port)) : null;
    }

    /** The open ports' ids, in order ({@code erlang:ports/0}). */
    public long[] ids() {
        return open.values().stream().mapToLong(Port::id).toArray();
    }

    // Opening.

    /**
     * {@code erts_internal:open_port(Name, Settings)} for {@code owner}: the new port, linked
     * to its owner, or the atom erl returns for the failure.
     */
    long open(ErlangProcess owner, long name, long settingsTerm) {
        try {
            if (!Tuples.isTuple(name) || !TermTags.isAtom(Tuples.element(name, 1))) {
                throw OpenFailure.badarg("port name must be {spawn, _}, {spawn_executable, _} or {fd, _, _}");
            }
            PortSettings settings = PortSettings.parse(settingsTerm, atoms);
            String kind = atoms.name(Tuples.element(name, 1));
            int arity = Tuples.arity(name);
            Port port;
            long id = Identifiers.localPort(nextNumber % PORT_NUMBERS);
            if (kind.equals("fd") && arity == 3) {
                int in = descriptor(Tuples.element(name, 2));
                int out = descriptor(Tuples.element(name, 3));
                port = new Port(id, in + "/" + out, new FdDriver(in, out, io(), settings.in), settings, owner.pid());
            } else if (kind.equals("spawn") && arity == 2) {
                String command = command(Tuples.element(name, 2));
                port = new Port(id, command, SpawnDriver.shell(command, settings), settings, owner.pid());
            } else if (kind.equals("spawn_executable") && arity == 2) {
                String file = command(Tuples.element(name, 2));
                port = new Port(id, file, SpawnDriver.executable(file, settings), settings, owner.pid());
            } else {
                throw OpenFailure.badarg("unknown port name " + kind);
            }
            nextNumber++;
            open.put(Identifiers.portNumber(id), port);
            runtime.portSignals().linkProcess(owner.pid(), port);
            port.driver.start(handOver(port));
            return id;
        } catch (OpenFailure failure) {
            return atoms.atom(failure.reason);
        }
    }

    private static int descriptor(long term) {
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) < 0 || TermTags.smallValue(term) > Integer.MAX_VALUE) {
            throw OpenFailure.badarg("a file descriptor is a non-negative integer");
        }
        return (int) TermTags.smallValue(term);
    }

    private String command(long term) {
        String text = PortText.string(term, atoms);
        if (text == null || text.isEmpty()) {
            throw OpenFailure.badarg("the command must be a non-empty string");
        }
        return text;
    }

    /** The driver's reports, each run on a scheduler thread in the order it was made. */
    private PortInput handOver(Port port) {
        return new PortInput() {
            @Override
            public void data(byte[] bytes) {
                runtime.submit(guarded(() -> received(port, bytes)));
            }

            @Override
            public void exitStatus(int status) {
                runtime.submit(guarded(() -> exited(port, status)));
            }

            @Override
            public void eof() {
                runtime.submit(guarded(() -> ended(port)));
            }
        };
    }

    /** A report that fails ends nothing but itself: the scheduler loop it runs in must go on. */
    private static Runnable guarded(Runnable report) {
        return () -> {
            try {
                report.run();
            } catch (RuntimeException e) {
                System.err.println("jbeam: internal error in a port driver report: " + e);
            }
        };
    }

    // Input: messages to the connected process.

    private void received(Port port, byte[] bytes) {
        if (lookup(port.id()) != port) {
            return;
        }
        port.inputBytes += bytes.length;
        for (InputFraming.Frame frame : port.framing.feed(bytes)) {
            sendData(port, frame);
        }
    }

    private void exited(Port port, int status) {
        if (lookup(port.id()) == port && port.settings.exitStatus) {
            toOwner(port, new HeapFragments(16), atoms.atom("exit_status"), TermTags.makeSmall(status));
        }
    }

    /** End of input: the unfinished line, then {@code {Port, eof}} or the port closes. */
    private void ended(Port port) {
        if (lookup(port.id()) != port) {
            return;
        }
        InputFraming.Frame rest = port.framing.finish();
        if (rest != null) {
            sendData(port, rest);
        }
        if (port.settings.eof) {
            HeapFragments fragment = new HeapFragments(8);
            runtime.portSignals().deliver(port.connected, Tuples.make(fragment, port.id(), atoms.atom("eof")), fragment);
        } else {
            terminate(port, Atoms.NORMAL);
        }
    }

    private void sendData(Port port, InputFraming.Frame frame) {
        HeapFragments fragment = new HeapFragments(Math.max(64, frame.bytes().length * 2 + 16));
        long payload = port.settings.binary ? Binaries.make(fragment, frame.bytes()) : byteList(fragment, frame.bytes());
        if (frame.eol() != null) {
            payload = Tuples.make(fragment, atoms.atom(frame.eol() ? "eol" : "noeol"), payload);
        }
        toOwner(port, fragment, atoms.atom("data"), payload);
    }

    /** Sends {@code {Port, {tag, value}}} (value built in {@code fragment}) to the connected process. */
    private void toOwner(Port port, HeapFragments fragment, long tag, long value) {
        long message = Tuples.make(fragment, port.id(), Tuples.make(fragment, tag, value));
        runtime.portSignals().deliver(port.connected, message, fragment);
    }

    private static long byteList(HeapFragments fragment, byte[] bytes) {
        long list = TermTags.NIL;
        for (int i = bytes.length - 1; i >= 0; i--) {
            list = Lists.cons(fragment, TermTags.makeSmall(bytes[i] & 0xFF), list);
        }
        return list;
    }

    // Output and control.

    /** Writes one command's bytes; a broken pipe closes the port with {@code epipe}. */
    boolean command(Port port, byte[] bytes) {
        if (!port.settings.out) {
            return false;
        }
        byte[] framed = InputFraming.withHeader(port.settings.packet, bytes);
        try {
            port.driver.write(framed);
            port.outputBytes += framed.length;
        } catch (IOException e) {
            terminate(port, atoms.atom("epipe"));
        }
        return true;
    }

    /** {@code port_connect}: {@code pid} becomes the connected process and is linked; false when it is dead. */
    boolean connect(Port port, long pid) {
        if (!runtime.portSignals().linkProcess(pid, port)) {
            return false;
        }
        port.connected = pid;
        return true;
    }

    // Messages and exit signals to a port.

    /** {@code Port ! Message} from {@code sender}: a closed port drops it. */
    public void message(ErlangProcess sender, long portId, long message) {
        Port port = lookup(portId);
        if (port == null) {
            return;
        }
        if (!Tuples.isTuple(message) || Tuples.arity(message) != 2 || Tuples.element(message, 1) != port.connected) {
            terminate(port, atoms.atom("badsig"));
            return;
        }
        long owner = Tuples.element(message, 1);
        long request = Tuples.element(message, 2);
        if (request == atoms.atom("close")) {
            terminate(port, Atoms.NORMAL);
            HeapFragments fragment = new HeapFragments(8);
            runtime.portSignals().deliver(owner, Tuples.make(fragment, port.id(), atoms.atom("closed")), fragment);
        } else if (isPair(request, "command")) {
            byte[] bytes = PortText.ioBytes(Tuples.element(request, 2));
            if (bytes == null || !command(port, bytes)) {
                terminate(port, atoms.atom("badsig"));
            }
        } else if (isPair(request, "connect") && TermTags.isLocalPid(Tuples.element(request, 2))
                && connect(port, Tuples.element(request, 2))) {
            HeapFragments fragment = new HeapFragments(8);
            runtime.portSignals().deliver(owner, Tuples.make(fragment, port.id(), atoms.atom("connected")), fragment);
        } else {
            terminate(port, atoms.atom("badsig"));
        }
    }

    private boolean isPair(long term, String tag) {
        return Tuples.isTuple(term) && Tuples.arity(term) == 2 && Tuples.element(term, 1) == atoms.atom(tag);
    }

    /**
     * An exit signal from {@code from} ({@code viaLink}: its death along a link): {@code normal}
     * closes the port only from its connected process; {@code exit(Port, kill)} closes it with
     * {@code killed}; any other reason closes it with that reason.
     */
    public void exitSignal(long from, long portId, long reason, boolean viaLink) {
        Port port = lookup(portId);
        if (port == null) {
            return;
        }
        if (viaLink) {
            port.links().remove(from);
        }
        if (reason == Atoms.NORMAL && from != port.connected) {
            return;
        }
        terminate(port, !viaLink && reason == Atoms.KILL ? Atoms.KILLED : reason);
    }

    /** Closes {@code port}: its driver stops, then its links and monitors are signalled {@code reason}. */
    void terminate(Port port, long reason) {
        if (open.remove(Identifiers.portNumber(port.id())) == null) {
            return;
        }
        port.driver.close();
        port.freeData();
        runtime.portSignals().portExited(port, reason);
    }

    /** Closes every port (the VM is stopping): no messages, the drivers only. */
    @Override
    public void close() {
        List<Port> ports = List.copyOf(open.values());
        open.clear();
        for (Port port : ports) {
            port.driver.close();
            port.freeData();
        }
    }
}

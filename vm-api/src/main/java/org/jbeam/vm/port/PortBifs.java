package org.jbeam.vm.port;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The port BIFs of OTP 25's {@code bif.tab}: the {@code erts_internal} ones that
 * {@code erlang.erl}'s {@code open_port/2}, {@code port_command/2,3}, {@code port_close/1},
 * {@code port_control/3}, {@code port_connect/2}, {@code port_call/2,3} and
 * {@code port_info/1,2} wrap (they answer with the result or with the atom {@code badarg},
 * {@code badopt}, {@code notsup} or a POSIX error, which {@code erlang.erl} raises with its
 * error info, so the stack trace shows the {@code erlang} function as in erl), and
 * {@code erlang:ports/0}, {@code port_set_data/2}, {@code port_get_data/1}. A port named by
 * an atom is {@code badarg}: jbeam does not register ports.
 */
public final class PortBifs {
    private PortBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        long badarg = atoms.atom("badarg");
        t.register("erts_internal", "open_port", 2, (p, a) -> table(p).open(p, a[0], a[1]));
        t.register("erts_internal", "port_command", 3, (p, a) -> command(p, a, atoms));
        t.register("erts_internal", "port_close", 1, (p, a) -> {
            Port port = table(p).lookup(a[0]);
            if (port == null) {
                return badarg;
            }
            table(p).terminate(port, Atoms.NORMAL);
            return Atoms.TRUE;
        });
        t.register("erts_internal", "port_connect", 2, (p, a) -> {
            Port port = table(p).lookup(a[0]);
            return port != null && TermTags.isLocalPid(a[1]) && table(p).connect(port, a[1]) ? Atoms.TRUE : badarg;
        });
        t.register("erts_internal", "port_control", 3, (p, a) -> control(p, a, badarg));
        // Neither the fd nor the spawn driver has a call callback, so port_call is badarg as in erl.
        t.register("erts_internal", "port_call", 3, (p, a) -> badarg);
        t.register("erts_internal", "port_info", 1, (p, a) -> {
            if (!TermTags.isLocalPort(a[0]) && !TermTags.isAtom(a[0])) {
                return badarg;
            }
            Port port = table(p).lookup(a[0]);
            return port == null ? Atoms.UNDEFINED : PortInfo.all(p.heap(), port, atoms, runtime(p).portSignals());
        });
        t.register("erts_internal", "port_info", 2, (p, a) -> info(p, a, atoms, badarg));
        registerErlangWrappers(t, atoms);
        t.register("erlang", "ports", 0, (p, a) -> Lists.of(p.heap(), table(p).ids()));
        t.register("erlang", "port_set_data", 2, (p, a) -> setData(p, a[0], a[1]));
        t.register("erlang", "port_get_data", 1, (p, a) -> {
            Port port = table(p).lookup(a[0]);
            if (port == null) {
                throw ErlangException.badarg("port_get_data: not an open port");
            }
            return port.data == TermTags.NON_VALUE ? Atoms.UNDEFINED : TermCopier.copy(port.data, p.heap());
        });
        lockAll(t, atoms);
    }

    /** Every port BIF, as registered above. */
    private static final String[][] PORT_BIFS = {
        {"erts_internal", "open_port", "2"}, {"erts_internal", "port_command", "3"}, {"erts_internal", "port_close", "1"},
        {"erts_internal", "port_connect", "2"}, {"erts_internal", "port_control", "3"},
        {"erts_internal", "port_call", "3"}, {"erts_internal", "port_info", "1"}, {"erts_internal", "port_info", "2"},
        {"erlang", "open_port", "2"}, {"erlang", "port_command", "2"}, {"erlang", "port_command", "3"},
        {"erlang", "port_close", "1"}, {"erlang", "port_connect", "2"}, {"erlang", "port_control", "3"},
        {"erlang", "port_call", "2"}, {"erlang", "port_call", "3"}, {"erlang", "port_info", "1"},
        {"erlang", "port_info", "2"}, {"erlang", "ports", "0"}, {"erlang", "port_set_data", "2"},
        {"erlang", "port_get_data", "1"}};

    /**
     * Makes each port BIF hold the runtime's signal lock: ports, their links and monitors and
     * their drivers' reports change under it whichever scheduler a caller runs on, as the
     * handed-over reports run under it ({@code ProcessRuntime#submit}).
     */
    private static void lockAll(BifTable t, AtomTable atoms) {
        for (String[] name : PORT_BIFS) {
            int arity = Integer.parseInt(name[2]);
            Bif bif = t.find(atoms.atom(name[0]), atoms.atom(name[1]), arity);
            t.register(name[0], name[1], arity, (p, a) -> {
                if (p.control() == null) {
                    return bif.call(p, a);
                }
                java.util.concurrent.locks.Lock lock = p.control().runtime().signalLock();
                lock.lock();
                try {
                    return bif.call(p, a);
                } finally {
                    lock.unlock();
                }
            });
        }
    }

    /**
     * The {@code erlang} functions that {@code erlang.erl} writes in Erlang over the
     * {@code erts_internal} BIFs, done here the same way (jbeam runs no code of erlang.beam):
     * the internal answer, or its error atom raised ({@code badopt} as {@code badarg}).
     */
    private static void registerErlangWrappers(BifTable t, AtomTable atoms) {
        wrap(t, atoms, "open_port", 2, "open_port", 2, false);
        wrap(t, atoms, "port_command", 3, "port_command", 3, false);
        wrap(t, atoms, "port_close", 1, "port_close", 1, false);
        wrap(t, atoms, "port_connect", 2, "port_connect", 2, false);
        wrap(t, atoms, "port_control", 3, "port_control", 3, false);
        wrap(t, atoms, "port_info", 1, "port_info", 1, false);
        wrap(t, atoms, "port_info", 2, "port_info", 2, false);
        Bif command = t.find(atoms.atom("erts_internal"), atoms.atom("port_command"), 3);
        t.register("erlang", "port_command", 2, (p, a) -> raiseError(atoms,
                command.call(p, new long[] {a[0], a[1], TermTags.NIL}), false));
        Bif call = t.find(atoms.atom("erts_internal"), atoms.atom("port_call"), 3);
        t.register("erlang", "port_call", 3, (p, a) -> raiseError(atoms, call.call(p, a), true));
        t.register("erlang", "port_call", 2, (p, a) -> raiseError(atoms,
                call.call(p, new long[] {a[0], TermTags.makeSmall(0), a[1]}), true));
    }

    private static void wrap(BifTable t, AtomTable atoms, String name, int arity, String internal, int internalArity,
            boolean okTuple) {
        Bif bif = t.find(atoms.atom("erts_internal"), atoms.atom(internal), internalArity);
        t.register("erlang", name, arity, (p, a) -> raiseError(atoms, bif.call(p, a), okTuple));
    }

    /** An internal answer as {@code erlang.erl} treats it: the error atoms raised, else the answer. */
    private static long raiseError(AtomTable atoms, long answer, boolean okTuple) {
        if (okTuple) {
            if (Tuples.isTuple(answer) && Tuples.arity(answer) == 2 && Tuples.element(answer, 1) == atoms.atom("ok")) {
                return Tuples.element(answer, 2);
            }
            throw ErlangException.error(answer, "port_call failed");
        }
        if (answer == atoms.atom("badarg") || answer == atoms.atom("badopt")) {
            throw ErlangException.badarg("port: " + atoms.name(answer));
        }
        if (TermTags.isAtom(answer) && ERROR_ATOMS.contains(atoms.name(answer))) {
            throw ErlangException.error(answer, "port: " + atoms.name(answer));
        }
        return answer;
    }

    /** The POSIX and other error atoms the internal BIFs return for erlang.erl to raise as they are. */
    private static final java.util.Set<String> ERROR_ATOMS = java.util.Set.of("notsup", "enoent", "eacces", "einval",
            "emfile", "enomem");

    /** {@code erts_internal:port_command(Port, Data, Flags)}: true, or why not. */
    private static long command(ErlangProcess p, long[] a, AtomTable atoms) {
        boolean force = false;
        if (Lists.properLength(a[2]) < 0) {
            return atoms.atom("badopt");
        }
        for (long rest = a[2]; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long flag = Lists.head(rest);
            if (flag == atoms.atom("force")) {
                force = true;
            } else if (flag != atoms.atom("nosuspend")) {
                return atoms.atom("badopt");
            }
        }
        Port port = table(p).lookup(a[0]);
        byte[] bytes = PortText.ioBytes(a[1]);
        if (port == null || bytes == null) {
            return atoms.atom("badarg");
        }
        if (force) {
            // force needs a driver that can take output while busy; neither jbeam driver says so, as in erl.
            return atoms.atom("notsup");
        }
        return table(p).command(port, bytes) ? Atoms.TRUE : atoms.atom("badarg");
    }

    private static long control(ErlangProcess p, long[] a, long badarg) {
        Port port = table(p).lookup(a[0]);
        byte[] data = PortText.ioBytes(a[2]);
        if (port == null || data == null || !TermTags.isSmall(a[1])
                || TermTags.smallValue(a[1]) < Integer.MIN_VALUE || TermTags.smallValue(a[1]) > 0xFFFF_FFFFL) {
            return badarg;
        }
        byte[] answer = port.driver.control((int) TermTags.smallValue(a[1]), data);
        if (answer == null) {
            return badarg;
        }
        long list = TermTags.NIL;
        for (int i = answer.length - 1; i >= 0; i--) {
            list = Lists.cons(p.heap(), TermTags.makeSmall(answer[i] & 0xFF), list);
        }
        return list;
    }

    private static long info(ErlangProcess p, long[] a, AtomTable atoms, long badarg) {
        if (!TermTags.isLocalPort(a[0]) && !TermTags.isAtom(a[0]) || !TermTags.isAtom(a[1])) {
            return badarg;
        }
        Port port = table(p).lookup(a[0]);
        long answer = port == null ? TermTags.NON_VALUE
                : PortInfo.item(p.heap(), port, a[1], atoms, runtime(p).portSignals());
        if (port != null && answer == TermTags.NON_VALUE) {
            return badarg;
        }
        return port == null ? Atoms.UNDEFINED : answer;
    }

    private static long setData(ErlangProcess p, long portId, long data) {
        Port port = table(p).lookup(portId);
        if (port == null) {
            throw ErlangException.badarg("port_set_data: not an open port");
        }
        port.freeData();
        if (TermTags.isImmediate(data)) {
            port.data = data;
        } else {
            port.dataFragment = new HeapFragments(64);
            port.data = TermCopier.copy(data, port.dataFragment);
        }
        return Atoms.TRUE;
    }

    private static PortTable table(ErlangProcess p) {
        return runtime(p).ports();
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}

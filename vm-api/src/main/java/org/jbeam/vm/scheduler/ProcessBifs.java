package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code erlang} BIFs about processes, messages, links, monitors, registered names and
 * timers (OTP's {@code bif.c}, {@code erl_bif_info.c}, {@code erl_hl_timer.c}), with erl's
 * {@code badarg} cases. They need a runtime: a process run outside one (no
 * {@link ProcessControl}) gets {@code badarg} from all but {@code self/0}.
 */
public final class ProcessBifs {
    private ProcessBifs() {}

    public static void register(BifTable t) {
        t.register("erlang", "self", 0, (p, a) -> p.pid());
        t.register("erlang", "make_ref", 0, (p, a) -> runtime(p).makeReference(p.heap()));
        t.register("erlang", "send", 2, (p, a) -> send(p, a[0], a[1]));
        t.register("erlang", "!", 2, (p, a) -> send(p, a[0], a[1]));
        t.register("erlang", "send", 3, (p, a) -> {
            send(p, a[0], a[1]);
            return p.control().runtime().atoms().atom("ok"); // erl's send/3 answers ok, not the message
        });
        registerSpawns(t);
        registerSignals(t);
        registerNames(t);
        registerTimers(t);
        MonitorBifs.register(t);
    }

    /** {@code Dest ! Msg} and {@code erlang:send/2}: the message is the result. */
    public static long send(ErlangProcess p, long destination, long message) {
        if (TermTags.isLocalPort(destination)) {
            runtime(p).ports().message(p, destination, message);
            return message;
        }
        runtime(p).send(destination, message);
        return message;
    }

    private static void registerSpawns(BifTable t) {
        t.register("erlang", "spawn", 1, (p, a) -> runtime(p).spawnFun(a[0]));
        t.register("erlang", "spawn", 3, (p, a) -> runtime(p).spawn(a[0], a[1], a[2]));
        t.register("erlang", "spawn", 2, (p, a) -> {
            requireLocalNode(a[0]);
            return runtime(p).spawnFun(a[1]);
        });
        // The link or monitor is made before the child can run on another scheduler.
        t.register("erlang", "spawn_link", 1, (p, a) -> runtime(p).spawnFun(a[0], pid -> linked(p, pid)));
        t.register("erlang", "spawn_link", 3, (p, a) -> runtime(p).spawn(a[0], a[1], a[2], pid -> linked(p, pid)));
        t.register("erlang", "spawn_monitor", 1, (p, a) -> {
            long[] reference = new long[1];
            long pid = runtime(p).spawnFun(a[0], child -> reference[0] = runtime(p).signals.monitor(p, child));
            return Tuples.make(p.heap(), pid, reference[0]);
        });
        t.register("erlang", "spawn_monitor", 3, (p, a) -> {
            long[] reference = new long[1];
            long pid = runtime(p).spawn(a[0], a[1], a[2], child -> reference[0] = runtime(p).signals.monitor(p, child));
            return Tuples.make(p.heap(), pid, reference[0]);
        });
    }

    private static void registerSignals(BifTable t) {
        t.register("erlang", "link", 1, (p, a) -> {
            runtime(p).signals.link(p, a[0]);
            return Atoms.TRUE;
        });
        t.register("erlang", "unlink", 1, (p, a) -> {
            runtime(p).signals.unlink(p, a[0]);
            return Atoms.TRUE;
        });
        t.register("erlang", "monitor", 2, (p, a) -> MonitorBifs.monitor(p, a[0], a[1], TermTags.NIL));
        t.register("erlang", "demonitor", 1, (p, a) -> {
            runtime(p).signals.demonitor(p, a[0], false);
            return Atoms.TRUE;
        });
        t.register("erlang", "demonitor", 2, ProcessBifs::demonitor);
        t.register("erlang", "exit", 2, (p, a) -> {
            runtime(p).signals.exit(p, a[0], a[1]);
            return Atoms.TRUE;
        });
        org.jbeam.vm.bif.Bif[] isProcessAlive = new org.jbeam.vm.bif.Bif[1];
        isProcessAlive[0] = (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("is_process_alive: not a pid");
            }
            ErlangProcess target = runtime(p).lookup(a[0]);
            if (target == null || target == p) {
                return Atoms.bool(target != null);
            }
            // erl answers when the target handles the request, between its slices: a process
            // running its last code on another scheduler (a gen_server that replied and stops)
            // is dead by then.
            long answer = ProcessInspection.read(p, target, () -> Atoms.TRUE,
                    ProcessInspection.retrying(isProcessAlive[0], 1), a);
            return answer == Atoms.UNDEFINED ? Atoms.FALSE : answer;
        };
        t.register("erlang", "is_process_alive", 1, isProcessAlive[0]);
    }

    /** {@code demonitor(Ref, Options)}: options {@code flush} and {@code info}. */
    private static long demonitor(ErlangProcess p, long[] a) {
        ProcessRuntime runtime = runtime(p);
        long flushAtom = runtime.atoms().atom("flush");
        long infoAtom = runtime.atoms().atom("info");
        boolean flush = false;
        boolean info = false;
        long rest = a[1];
        while (TermTags.isList(rest)) {
            long option = Lists.head(rest);
            if (option == flushAtom) {
                flush = true;
            } else if (option == infoAtom) {
                info = true;
            } else {
                throw ErlangException.badarg("demonitor: unknown option");
            }
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("demonitor: options must be a list");
        }
        boolean removed = runtime.signals.demonitor(p, a[0], flush);
        return info ? Atoms.bool(removed) : Atoms.TRUE;
    }

    private static void registerNames(BifTable t) {
        t.register("erlang", "register", 2, (p, a) -> {
            runtime(p).register(a[0], a[1]);
            return Atoms.TRUE;
        });
        t.register("erlang", "unregister", 1, (p, a) -> {
            runtime(p).unregister(a[0]);
            return Atoms.TRUE;
        });
        t.register("erlang", "whereis", 1, (p, a) -> runtime(p).whereis(a[0]));
    }

    private static void registerTimers(BifTable t) {
        t.register("erlang", "send_after", 3, (p, a) -> runtime(p).startTimer(p, a[0], a[1], a[2], false));
        t.register("erlang", "start_timer", 3, (p, a) -> runtime(p).startTimer(p, a[0], a[1], a[2], true));
        t.register("erlang", "cancel_timer", 1, (p, a) -> runtime(p).cancelTimer(p, a[0]));
    }

    private static void linked(ErlangProcess p, long pid) {
        runtime(p).signals.link(p, pid);
    }

    private static void requireLocalNode(long node) {
        if (node != Atoms.NONODE) {
            throw ErlangException.badarg("spawn on another node");
        }
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}

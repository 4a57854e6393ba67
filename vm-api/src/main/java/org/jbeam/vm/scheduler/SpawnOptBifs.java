package org.jbeam.vm.scheduler;

import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:spawn_opt/2,4} (OTP's {@code erl_process.c} spawn options): {@code link},
 * {@code monitor} (the result is then {@code {Pid, Ref}}), and the process flags
 * {@code {priority, P}}, {@code {min_heap_size, N}}, {@code {min_bin_vheap_size, N}},
 * {@code {fullsweep_after, N}}, {@code {message_queue_data, M}}, {@code {max_heap_size, M}},
 * recorded as {@code process_flag/2} records them. Any other option, or a bad value, is
 * {@code badarg} with erts' cause {@code badopt}.
 */
public final class SpawnOptBifs {
    private SpawnOptBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "spawn_opt", 4, (p, a) -> {
            checkOptions(p, a[3], atoms);
            long[] monitor = {TermTags.NON_VALUE};
            long pid = runtime(p).spawn(a[0], a[1], a[2], child -> monitor[0] = setUp(p, child, a[3], atoms));
            return result(p, pid, monitor[0]);
        });
        t.register("erlang", "spawn_opt", 2, (p, a) -> {
            checkOptions(p, a[1], atoms);
            long[] monitor = {TermTags.NON_VALUE};
            long pid = runtime(p).spawnFun(a[0], child -> monitor[0] = setUp(p, child, a[1], atoms));
            return result(p, pid, monitor[0]);
        });
    }

    /** Every bad option, or options that are not a proper list, is erts's {@code badarg} with cause {@code badopt}. */
    private static void checkOptions(ErlangProcess p, long options, AtomTable atoms) {
        if (Lists.properLength(options) < 0) {
            throw badopt(atoms, "spawn_opt: options must be a proper list");
        }
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (option == atoms.atom("link") || option == atoms.atom("monitor")) {
                continue;
            }
            if (!Tuples.isTuple(option) || Tuples.arity(option) != 2 || !TermTags.isAtom(Tuples.element(option, 1))) {
                throw badopt(atoms, "spawn_opt: bad option");
            }
            long value = Tuples.element(option, 2);
            switch (atoms.name(Tuples.element(option, 1))) {
                case "priority" -> {
                    if (!TermTags.isAtom(value) || !List.of("low", "normal", "high", "max").contains(atoms.name(value))) {
                        throw badopt(atoms, "spawn_opt: priority must be low, normal, high or max");
                    }
                }
                case "min_heap_size", "min_bin_vheap_size", "fullsweep_after" -> {
                    if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 0) {
                        throw badopt(atoms, "spawn_opt: " + atoms.name(Tuples.element(option, 1))
                                + " must be a non-negative integer");
                    }
                }
                case "message_queue_data" -> {
                    if (value != atoms.atom("off_heap") && value != atoms.atom("on_heap")) {
                        throw badopt(atoms, "spawn_opt: message_queue_data must be off_heap or on_heap");
                    }
                }
                case "max_heap_size" -> {
                    if (maxHeapSize(p, options, value, atoms) == null) {
                        throw badopt(atoms, "spawn_opt: not a max_heap_size setting");
                    }
                }
                default -> throw badopt(atoms, "spawn_opt: option "
                        + atoms.name(Tuples.element(option, 1)) + " is not supported by jbeam yet");
            }
        }
    }

    private static ErlangException badopt(AtomTable atoms, String message) {
        return ErlangException.badarg(message).withCause(atoms.atom("badopt"));
    }

    private static long result(ErlangProcess p, long pid, long monitor) {
        return monitor == TermTags.NON_VALUE ? pid : Tuples.make(p.heap(), pid, monitor);
    }

    /** Applies the options to the new process before it can run; the monitor's reference, or NON_VALUE. */
    private static long setUp(ErlangProcess p, long pid, long options, AtomTable atoms) {
        ProcessRuntime runtime = runtime(p);
        ErlangProcess child = runtime.lookup(pid); // not queued yet: its priority picks its lane
        long monitor = TermTags.NON_VALUE;
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (option == atoms.atom("link")) {
                runtime.signals.link(p, pid);
            } else if (option == atoms.atom("monitor")) {
                monitor = runtime.signals.monitor(p, pid);
            } else if (child != null) {
                record(child, atoms, atoms.name(Tuples.element(option, 1)), Tuples.element(option, 2));
                if (Tuples.element(option, 1) == atoms.atom("max_heap_size")) {
                    child.control().options.maxHeapSize = maxHeapSize(p, options, Tuples.element(option, 2), atoms);
                }
            }
        }
        return monitor;
    }

    private static void record(ErlangProcess child, AtomTable atoms, String name, long value) {
        ProcessOptions o = child.control().options;
        switch (name) {
            case "priority" -> o.setPriority(value, atoms.name(value));
            case "min_heap_size" -> o.setMinHeapSize(value, child.heap());
            case "min_bin_vheap_size" -> o.setMinBinVheapSize(value);
            case "fullsweep_after" -> o.setFullsweepAfter(value, child.heap());
            case "max_heap_size" -> { } // set by finish, which knows the spawn's min_heap_size
            default -> o.messageQueueData = value;
        }
    }

    /**
     * The heap limit {@code value} describes, checked against the spawn's own
     * {@code min_heap_size} option (else the system's); null when erts would refuse it.
     */
    private static MaxHeapSize maxHeapSize(ErlangProcess p, long options, long value, AtomTable atoms) {
        SystemFlags flags = runtime(p).systemFlags();
        long minHeap = flags.minHeapSize;
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (Tuples.isTuple(option) && Tuples.arity(option) == 2 && Tuples.element(option, 1) == atoms.atom("min_heap_size")
                    && TermTags.isSmall(Tuples.element(option, 2))) {
                minHeap = Tuples.element(option, 2);
            }
        }
        return MaxHeapSize.parseFor(value, flags.maxHeapSize, TermTags.smallValue(minHeap), atoms);
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}

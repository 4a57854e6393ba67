package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * {@code erlang:process_flag/2} for the flags boot and OTP's servers set (OTP's
 * {@code erl_bif_info.c}/{@code bif.c}): {@code trap_exit} acts; {@code priority},
 * {@code min_heap_size}, {@code min_bin_vheap_size}, {@code fullsweep_after},
 * {@code message_queue_data}, {@code sensitive} and {@code save_calls} are checked as erl checks
 * them and recorded (each returns the old value) but do not change scheduling or collection
 * yet. Also {@code group_leader/0,2}.
 */
public final class ProcessFlagBifs {
    private ProcessFlagBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "process_flag", 2, (p, a) -> flag(p, a[0], a[1], atoms));
        t.register("erlang", "group_leader", 0, (p, a) -> options(p).groupLeader);
        t.register("erlang", "group_leader", 2, (p, a) -> {
            if (!TermTags.isLocalPid(a[0]) || !TermTags.isLocalPid(a[1])) {
                throw ErlangException.badarg("group_leader: pids needed");
            }
            ErlangProcess target = a[1] == p.pid() ? p : p.control().runtime().lookup(a[1]);
            if (target == null) {
                throw ErlangException.badarg("group_leader: no such process");
            }
            target.control().options.groupLeader = a[0];
            return Atoms.TRUE;
        });
    }

    private static long flag(ErlangProcess p, long flag, long value, AtomTable atoms) {
        if (!TermTags.isAtom(flag)) {
            throw ErlangException.badarg("process_flag: the flag must be an atom");
        }
        ProcessOptions o = options(p);
        long old;
        switch (atoms.name(flag)) {
            case "trap_exit" -> {
                requireBoolean(value);
                old = Atoms.bool(p.control().trapExit);
                p.control().trapExit = value == Atoms.TRUE;
            }
            case "priority" -> {
                requireOneOf(value, atoms, "low", "normal", "high", "max");
                old = o.priority == TermTags.NON_VALUE ? atoms.atom("normal") : o.priority;
                o.setPriority(value, atoms.name(value));
            }
            case "message_queue_data" -> {
                requireOneOf(value, atoms, "off_heap", "on_heap");
                old = o.messageQueueData == TermTags.NON_VALUE ? atoms.atom("on_heap") : o.messageQueueData;
                o.messageQueueData = value;
            }
            case "sensitive" -> {
                requireBoolean(value);
                old = o.sensitive == TermTags.NON_VALUE ? Atoms.FALSE : o.sensitive;
                o.sensitive = value;
            }
            case "min_heap_size" -> {
                old = o.minHeapSize;
                o.setMinHeapSize(requireSize(value), p.heap());
            }
            case "min_bin_vheap_size" -> {
                old = o.minBinVheapSize;
                o.setMinBinVheapSize(requireSize(value));
            }
            case "fullsweep_after" -> {
                old = o.fullsweepAfter;
                o.setFullsweepAfter(requireSize(value), p.heap());
            }
            case "max_heap_size" -> {
                MaxHeapSize limit = MaxHeapSize.parseFor(value, p.control().runtime().systemFlags().maxHeapSize(),
                        TermTags.smallValue(o.minHeapSize), atoms);
                if (limit == null) {
                    throw ErlangException.badarg("process_flag: not a max_heap_size setting");
                }
                old = o.maxHeapSize.toMap(p.order(), p.heap(), atoms);
                o.maxHeapSize = limit;
            }
            case "save_calls" -> {
                requireSize(value);
                old = o.saveCalls;
                o.saveCalls = TermTags.makeSmall(Math.min(TermTags.smallValue(value), 10000));
            }
            default -> throw ErlangException.badarg("process_flag: flag " + atoms.name(flag)
                    + " is not supported by jbeam yet");
        }
        return old;
    }

    private static void requireBoolean(long value) {
        if (value != Atoms.TRUE && value != Atoms.FALSE) {
            throw ErlangException.badarg("process_flag: a boolean is needed");
        }
    }

    private static void requireOneOf(long value, AtomTable atoms, String... names) {
        for (String name : names) {
            if (value == atoms.atom(name)) {
                return;
            }
        }
        throw ErlangException.badarg("process_flag: not an allowed value");
    }

    private static long requireSize(long value) {
        if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 0) {
            throw ErlangException.badarg("process_flag: a non-negative integer is needed");
        }
        return value;
    }

    private static ProcessOptions options(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().options;
    }
}

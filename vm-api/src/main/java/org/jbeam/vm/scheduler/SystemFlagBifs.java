package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.gc.HeapSizes;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * {@code erlang:system_flag/2} (OTP's {@code erl_bif_info.c}, {@code system_flag_2}) for the
 * flags that make sense on jbeam; each returns the old value as erl does:
 *
 * <ul>
 * <li>{@code schedulers_online}: 1 up to the scheduler count ({@link SchedulerPool});
 * {@code multi_scheduling}: {@code block} leaves one scheduler running processes until
 * {@code unblock}; with one scheduler erl answers {@code disabled} to every request;
 * <li>{@code min_heap_size}, {@code min_bin_vheap_size}, {@code fullsweep_after}: the defaults
 * new processes report (jbeam's collector sizes heaps its own way);
 * <li>{@code trace_control_word}: stored, as jbeam has no match-spec tracing to read it;
 * <li>{@code system_logger}: where the emulator's error reports go ({@link CrashReports});
 * <li>{@code scheduler_wall_time}: whether {@code statistics(scheduler_wall_time)} measures ({@link StatisticsBifs}).
 * </ul>
 *
 * Any other flag is {@code badarg}, as is a bad value.
 */
public final class SystemFlagBifs {
    private SystemFlagBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "system_flag", 2, (p, a) -> {
            if (a[0] == atoms.atom("scheduler_wall_time")) {
                // erlang.erl's own clause: the switch that statistics(scheduler_wall_time) reads.
                if (a[1] != Atoms.TRUE && a[1] != Atoms.FALSE) {
                    throw ErlangException.badarg("system_flag: scheduler_wall_time takes a boolean");
                }
                return t.find(atoms.atom("erts_internal"), atoms.atom("scheduler_wall_time"), 1)
                        .call(p, new long[] {a[1]});
            }
            return flag(p, atoms, a[0], a[1]);
        });
    }

    private static long flag(ErlangProcess p, AtomTable atoms, long flag, long value) {
        if (!TermTags.isAtom(flag) || p.control() == null) {
            throw ErlangException.badarg("system_flag: unknown flag");
        }
        SystemFlags flags = p.control().runtime().systemFlags();
        long old;
        switch (atoms.name(flag)) {
            case "schedulers_online" -> {
                ProcessRuntime runtime = p.control().runtime();
                if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 1
                        || TermTags.smallValue(value) > runtime.schedulerCount()) {
                    throw ErlangException.badarg("system_flag: schedulers_online must be 1.."
                            + runtime.schedulerCount());
                }
                old = TermTags.makeSmall(runtime.setSchedulersOnline((int) TermTags.smallValue(value)));
            }
            case "multi_scheduling" -> {
                requireOneOf(value, atoms, "block", "unblock", "block_normal", "unblock_normal");
                ProcessRuntime runtime = p.control().runtime();
                if (runtime.schedulerCount() == 1) {
                    old = atoms.atom("disabled");
                } else {
                    boolean block = value == atoms.atom("block") || value == atoms.atom("block_normal");
                    runtime.setMultiSchedulingBlocked(block);
                    old = atoms.atom(block ? "blocked" : "enabled");
                }
            }
            case "min_heap_size" -> {
                old = flags.minHeapSize;
                flags.minHeapSize = TermTags.makeSmall(HeapSizes.next(TermTags.smallValue(requireSize(value))));
            }
            case "min_bin_vheap_size" -> {
                old = flags.minBinVheapSize;
                flags.minBinVheapSize = TermTags.makeSmall(HeapSizes.next(TermTags.smallValue(requireSize(value))));
            }
            case "fullsweep_after" -> {
                old = flags.fullsweepAfter;
                flags.fullsweepAfter = requireSize(value);
            }
            case "max_heap_size" -> {
                MaxHeapSize limit = MaxHeapSize.parseFor(value, flags.maxHeapSize,
                        TermTags.smallValue(flags.minHeapSize), atoms);
                if (limit == null) {
                    throw ErlangException.badarg("system_flag: not a max_heap_size setting");
                }
                old = flags.maxHeapSize.toMap(p.order(), p.heap(), atoms);
                flags.maxHeapSize = limit;
            }
            case "trace_control_word" -> {
                if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 0
                        || TermTags.smallValue(value) > 0xFFFF_FFFFL) {
                    throw ErlangException.badarg("system_flag: trace_control_word must be a 32-bit unsigned integer");
                }
                old = flags.traceControlWord;
                flags.traceControlWord = value;
            }
            case "system_logger" -> {
                if (!(TermTags.isLocalPid(value) || value == Atoms.UNDEFINED || value == atoms.atom("logger"))) {
                    throw ErlangException.badarg("system_flag: system_logger must be a pid, logger or undefined");
                }
                old = flags.systemLogger;
                flags.systemLogger = value;
            }
            default -> throw ErlangException.badarg("system_flag: flag " + atoms.name(flag)
                    + " is not supported by jbeam");
        }
        return old;
    }

    private static void requireOneOf(long value, AtomTable atoms, String... names) {
        for (String name : names) {
            if (value == atoms.atom(name)) {
                return;
            }
        }
        throw ErlangException.badarg("system_flag: not an allowed value");
    }

    private static long requireSize(long value) {
        if (!TermTags.isSmall(value) || TermTags.smallValue(value) < 0) {
            throw ErlangException.badarg("system_flag: a non-negative integer is needed");
        }
        return value;
    }
}

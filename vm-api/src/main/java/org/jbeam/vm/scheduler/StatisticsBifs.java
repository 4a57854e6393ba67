package org.jbeam.vm.scheduler;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.WeakHashMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:statistics/1} for the items jbeam measures ({@code erl_bif_info.c}):
 * {@code runtime} (the VM's CPU time, ms), {@code wall_clock} (ms since the runtime started),
 * {@code reductions} and {@code exact_reductions} (every process's, the dead ones' included),
 * each as {@code {Total, SinceLastCall}}; and {@code erts_internal:scheduler_wall_time/1}, the
 * switch the kernel's {@code kernel_refc} turns off at boot; the run queues ({@code run_queue},
 * {@code run_queue_lengths[_all]}, {@code total_run_queue_lengths[_all]}) and
 * {@code scheduler_wall_time} (once switched on); {@code garbage_collection}, the collections
 * of every process and the words they found dead, as {@code {Count, Words, 0}}. Items jbeam does
 * not measure (I/O bytes) are {@code badarg} with a message saying so, rather than made-up numbers.
 */
public final class StatisticsBifs {
    private StatisticsBifs() {}

    /** The figures of one runtime: totals of exited processes and the last values read. */
    private static final class Figures {
        final long startNanos = System.nanoTime();
        long exitedReductions;
        long exitedCollections;
        long exitedReclaimedWords;
        long lastRuntime;
        long lastWallClock;
        long lastReductions;
        long lastExactReductions;
        boolean schedulerWallTime;
    }

    public static void register(BifTable t, AtomTable atoms) {
        Map<ProcessRuntime, Figures> figures = new WeakHashMap<>();
        t.register("erlang", "statistics", 1, (p, a) -> {
            Figures f = of(figures, p);
            synchronized (f) {
                return statistics(p, a[0], atoms, f);
            }
        });
        t.register("erts_internal", "scheduler_wall_time", 1, (p, a) -> {
            // erts takes anything but true as false.
            Figures f = of(figures, p);
            synchronized (f) {
                long before = Atoms.bool(f.schedulerWallTime);
                f.schedulerWallTime = a[0] == Atoms.TRUE;
                return before;
            }
        });
    }

    private static Figures of(Map<ProcessRuntime, Figures> figures, ErlangProcess p) {
        ProcessRuntime runtime = p.control().runtime();
        synchronized (figures) {
            return figures.computeIfAbsent(runtime, r -> {
                Figures f = new Figures();
                r.addExitObserver((process, returned, reason) -> {
                    synchronized (f) {
                        f.exitedReductions += process.totalReductions();
                        f.exitedCollections += collections(process);
                        f.exitedReclaimedWords += process.heap().reclaimedWords();
                    }
                });
                return f;
            });
        }
    }

    private static long statistics(ErlangProcess p, long item, AtomTable atoms, Figures f) {
        if (!TermTags.isAtom(item)) {
            throw ErlangException.badarg("statistics: the item must be an atom");
        }
        return switch (atoms.name(item)) {
            case "run_queue", "total_run_queue_lengths", "total_run_queue_lengths_all" ->
                    TermTags.makeSmall(java.util.Arrays.stream(p.control().runtime().runQueueLengths()).sum());
            // The normal schedulers' queues, then the dirty CPU queue (and the dirty I/O queue
            // for _all), which jbeam's BIFs never use: 0.
            case "run_queue_lengths" -> queueLengths(p, 1);
            case "run_queue_lengths_all" -> queueLengths(p, 2);
            case "scheduler_wall_time" -> f.schedulerWallTime ? wallTimes(p) : Atoms.UNDEFINED;
            case "runtime" -> {
                long now = cpuMillis();
                long since = now - f.lastRuntime;
                f.lastRuntime = now;
                yield pair(p, now, since);
            }
            case "wall_clock" -> {
                long now = (System.nanoTime() - f.startNanos) / 1_000_000;
                long since = now - f.lastWallClock;
                f.lastWallClock = now;
                yield pair(p, now, since);
            }
            case "reductions" -> {
                long total = totalReductions(p, f);
                long since = total - f.lastReductions;
                f.lastReductions = total;
                yield pair(p, total, since);
            }
            case "exact_reductions" -> {
                long total = totalReductions(p, f);
                long since = total - f.lastExactReductions;
                f.lastExactReductions = total;
                yield pair(p, total, since);
            }
            case "garbage_collection" -> garbageCollection(p, f);
            default -> throw ErlangException.badarg("statistics: item " + atoms.name(item)
                    + " is not measured by jbeam");
        };
    }

    private static long queueLengths(ErlangProcess p, int dirtyQueues) {
        int[] lengths = p.control().runtime().runQueueLengths();
        long[] terms = new long[lengths.length + dirtyQueues];
        java.util.Arrays.fill(terms, TermTags.makeSmall(0));
        for (int i = 0; i < lengths.length; i++) {
            terms[i] = TermTags.makeSmall(lengths[i]);
        }
        return org.jbeam.vm.term.Lists.of(p.heap(), terms);
    }

    /**
     * {@code [{Id, Active, Total}]} per scheduler (microseconds running slices, since it
     * started), then the one dirty CPU scheduler jbeam reports, never active.
     */
    private static long wallTimes(ErlangProcess p) {
        long[][] times = p.control().runtime().schedulerWallTimes();
        long[] terms = new long[times.length + 1];
        long longest = 0;
        for (int i = 0; i < times.length; i++) {
            terms[i] = Tuples.make(p.heap(), TermTags.makeSmall(i + 1),
                    Integers.fromLong(p.heap(), times[i][0] / 1000), Integers.fromLong(p.heap(), times[i][1] / 1000));
            longest = Math.max(longest, times[i][1] / 1000);
        }
        terms[times.length] = Tuples.make(p.heap(), TermTags.makeSmall(times.length + 1), TermTags.makeSmall(0),
                Integers.fromLong(p.heap(), longest));
        return org.jbeam.vm.term.Lists.of(p.heap(), terms);
    }

    private static long totalReductions(ErlangProcess p, Figures f) {
        ProcessRuntime runtime = p.control().runtime();
        long total = f.exitedReductions;
        for (long pid : runtime.pids()) {
            ErlangProcess process = runtime.lookup(pid);
            if (process != null) {
                total += process.totalReductions();
            }
        }
        return total;
    }

    /** {@code {Collections, WordsReclaimed, 0}} of every process, the dead ones' included. */
    private static long garbageCollection(ErlangProcess p, Figures f) {
        ProcessRuntime runtime = p.control().runtime();
        long collections = f.exitedCollections;
        long reclaimed = f.exitedReclaimedWords;
        for (long pid : runtime.pids()) {
            ErlangProcess process = runtime.lookup(pid);
            if (process != null) {
                // Another scheduler's process may be collecting: its counts are read as they stand.
                collections += collections(process);
                reclaimed += process.heap().reclaimedWords();
            }
        }
        return Tuples.make(p.heap(), Integers.fromLong(p.heap(), collections),
                Integers.fromLong(p.heap(), reclaimed), TermTags.makeSmall(0));
    }

    private static long collections(ErlangProcess process) {
        return process.heap().minorCollections() + process.heap().majorCollections();
    }

    /** The JVM's CPU time in ms (all threads), as erl's {@code runtime} is the emulator's. */
    private static long cpuMillis() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof com.sun.management.OperatingSystemMXBean sun)) {
            throw ErlangException.badarg("statistics(runtime): this JVM does not report its CPU time");
        }
        return sun.getProcessCpuTime() / 1_000_000;
    }

    private static long pair(ErlangProcess p, long total, long since) {
        return Tuples.make(p.heap(), Integers.fromLong(p.heap(), total), Integers.fromLong(p.heap(), since));
    }
}

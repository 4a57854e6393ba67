package org.jbeam.vm.bif;

import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.SystemFlags;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code system_info/1} items beyond the basic ones of {@link SystemInfoBifs} (OTP's
 * {@code erl_bif_info.c}, {@code system_info_1}). Three kinds of answer:
 *
 * <ul>
 * <li>about the host, equal to erl's on the same machine ({@link HostInfo}): {@code os_type},
 * {@code os_version}, {@code logical_processors*}, {@code cpu_topology};
 * <li>about jbeam, true for it (the scheduler items are {@link SystemInfoBifs}'): the interpreter flavour ({@code emu}), no
 * kernel poll, no C compiler ({@code {undefined, undefined}}, erl's "unknown"), its own
 * {@code system_version} banner, {@code start_time} taken when the BIFs were set up;
 * <li>settings, erl's defaults or what {@code system_flag/2} set ({@link SystemFlags}).
 * </ul>
 *
 * Anything else is {@code badarg}: an item jbeam cannot answer truthfully is not made up.
 */
final class SystemInfoItems {
    private SystemInfoItems() {}

    static long answer(ErlangProcess p, AtomTable atoms, long item, String release, String ertsVersion,
            long startTime) {
        HeapAllocator heap = p.heap();
        return switch (atoms.name(item)) {
            case "os_type" -> {
                String[] type = HostInfo.osType();
                yield Tuples.make(heap, atoms.atom(type[0]), atoms.atom(type[1]));
            }
            case "os_version" -> {
                int[] v = HostInfo.osVersion();
                yield Tuples.make(heap, TermTags.makeSmall(v[0]), TermTags.makeSmall(v[1]), TermTags.makeSmall(v[2]));
            }
            case "logical_processors" -> countOrUnknown(atoms, HostInfo.configuredProcessors());
            case "logical_processors_online" -> countOrUnknown(atoms, HostInfo.onlineProcessors());
            case "logical_processors_available" -> countOrUnknown(atoms, HostInfo.availableProcessors());
            case "cpu_topology" -> cpuTopology(heap, atoms);
            case "emu_flavor" -> atoms.atom("emu");
            case "start_time" -> Integers.fromLong(heap, startTime);
            case "system_version" -> TermText.list(heap, "Erlang/OTP " + release + " [erts-" + ertsVersion
                    + "] [jbeam] [64-bit] [smp:1:1] [async-threads:1]\n");
            case "c_compiler_used" -> Tuples.make(heap, Atoms.UNDEFINED, Atoms.UNDEFINED);
            case "kernel_poll", "port_parallelism" -> Atoms.FALSE;
            case "dist_buf_busy_limit" -> TermTags.makeSmall(1024 * 1024);
            case "modified_timing_level" -> Atoms.UNDEFINED;
            case "multi_scheduling_blockers", "normal_multi_scheduling_blockers", "dist_ctrl" -> TermTags.NIL;
            case "scheduler_bind_type" -> atoms.atom("unbound");
            case "scheduler_bindings" -> Tuples.make(heap, atoms.atom("unbound"));
            case "update_cpu_info" -> atoms.atom("unchanged");
            case "time_correction" -> Atoms.TRUE;
            case "time_warp_mode" -> atoms.atom("no_time_warp");
            case "tolerant_timeofday" -> atoms.atom("enabled");
            case "delayed_node_table_gc" -> TermTags.makeSmall(60);
            case "message_queue_data" -> atoms.atom("on_heap");
            case "sequential_tracer" -> Tuples.make(heap, item, Atoms.FALSE);
            default -> flagItem(p, atoms, item);
        };
    }

    /** The items that read {@code system_flag/2}'s settings. */
    private static long flagItem(ErlangProcess p, AtomTable atoms, long item) {
        if (p.control() == null) {
            throw ErlangException.badarg("system_info: item " + atoms.name(item) + " needs a process runtime");
        }
        SystemFlags flags = p.control().runtime().systemFlags();
        HeapAllocator heap = p.heap();
        return switch (atoms.name(item)) {
            case "min_heap_size" -> Tuples.make(heap, item, flags.minHeapSize());
            case "min_bin_vheap_size" -> Tuples.make(heap, item, flags.minBinVheapSize());
            case "fullsweep_after" -> Tuples.make(heap, item, flags.fullsweepAfter());
            case "garbage_collection" -> Lists.of(heap, new long[] {
                // erts gives the size alone here, the map under system_info(max_heap_size).
                Tuples.make(heap, atoms.atom("max_heap_size"), TermTags.makeSmall(flags.maxHeapSize().sizeWords())),
                Tuples.make(heap, atoms.atom("min_bin_vheap_size"), flags.minBinVheapSize()),
                Tuples.make(heap, atoms.atom("min_heap_size"), flags.minHeapSize()),
                Tuples.make(heap, atoms.atom("fullsweep_after"), flags.fullsweepAfter())});
            case "max_heap_size" -> flags.maxHeapSize().toMap(p.order(), heap, atoms);
            case "trace_control_word" -> flags.traceControlWord();
            case "system_logger" -> flags.systemLogger();
            default -> throw ErlangException.badarg("system_info: item " + atoms.name(item)
                    + " is not answered by jbeam");
        };
    }

    private static long countOrUnknown(AtomTable atoms, int count) {
        return count < 0 ? atoms.atom("unknown") : TermTags.makeSmall(count);
    }

    /**
     * erl's shape: a list of {@code {processor, Cores}}, each core {@code {core, {logical, N}}}
     * or, with several hardware threads, {@code {core, [{thread, {logical, N}}, ...]}};
     * {@code undefined} when the topology cannot be read.
     */
    private static long cpuTopology(HeapAllocator heap, AtomTable atoms) {
        List<List<List<Integer>>> packages = HostInfo.topology();
        if (packages.isEmpty()) {
            return Atoms.UNDEFINED;
        }
        long processor = atoms.atom("processor");
        long core = atoms.atom("core");
        long thread = atoms.atom("thread");
        long logical = atoms.atom("logical");
        long[] processors = new long[packages.size()];
        for (int i = 0; i < processors.length; i++) {
            List<List<Integer>> cores = packages.get(i);
            long[] coreTerms = new long[cores.size()];
            for (int c = 0; c < coreTerms.length; c++) {
                List<Integer> threads = cores.get(c);
                long value;
                if (threads.size() == 1) {
                    value = Tuples.make(heap, logical, TermTags.makeSmall(threads.getFirst()));
                } else {
                    long[] threadTerms = new long[threads.size()];
                    for (int t = 0; t < threadTerms.length; t++) {
                        threadTerms[t] = Tuples.make(heap, thread,
                                Tuples.make(heap, logical, TermTags.makeSmall(threads.get(t))));
                    }
                    value = Lists.of(heap, threadTerms);
                }
                coreTerms[c] = Tuples.make(heap, core, value);
            }
            processors[i] = Tuples.make(heap, processor, Lists.of(heap, coreTerms));
        }
        return Lists.of(heap, processors);
    }
}

package org.jbeam.vm.scheduler;

import java.util.Map;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.ProcessDictionary;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The value of one {@code process_info} item of {@code target}, built on the asker's heap
 * (OTP's {@code process_info_aux} in {@code erl_bif_info.c}). Terms the target holds
 * (dictionary, messages) are copied. Sizes and reductions are jbeam's own (its heap and stack
 * are not erl's), so only their type matches erl's. Items about features jbeam does not have
 * answer what erl answers without them: no suspenders ({@code suspending} []), no sequential
 * trace token ([]), no saved calls ({@code last_calls} false), no trace flags ({@code trace}
 * 0). Unknown items are {@code badarg}.
 */
final class ProcessInfoItems {
    /** OTP's default {@code backtrace_depth}: current_stacktrace's entries. */
    private static final int STACK_DEPTH = 8;

    private ProcessInfoItems() {}

    static long value(ErlangProcess asker, ErlangProcess target, long name, AtomTable atoms) {
        if (!TermTags.isAtom(name)) {
            throw ErlangException.badarg("process_info: an item must be an atom");
        }
        HeapAllocator heap = asker.heap();
        ProcessControl control = target.control();
        ProcessOptions o = control.options;
        return switch (atoms.name(name)) {
            case "registered_name" -> control.registeredName == TermTags.NON_VALUE ? TermTags.NIL
                    : control.registeredName;
            case "status" -> atoms.atom(target == asker ? "running" : switch (control.state()) {
                case RUNNABLE -> "runnable";
                case RUNNING -> "running";
                case WAITING -> "waiting";
                case EXITING, EXITED -> "exiting";
            });
            case "message_queue_len" -> {
                target.mailbox().acceptIncoming();
                yield TermTags.makeSmall(target.mailbox().size());
            }
            case "messages" -> messages(heap, target);
            case "dictionary" -> dictionary(heap, target);
            case "trap_exit" -> Atoms.bool(control.trapExit);
            case "priority" -> o.priority == TermTags.NON_VALUE ? atoms.atom("normal") : o.priority;
            case "group_leader" -> o.groupLeader;
            case "parent" -> o.parent;
            case "links" -> pids(heap, control.links);
            case "monitors" -> monitors(heap, control, atoms);
            case "monitored_by" -> {
                long list = TermTags.NIL;
                for (long[] watcher : control.monitoredBy.values()) {
                    list = Lists.cons(heap, watcher[0], list);
                }
                yield list;
            }
            case "initial_call" -> initialCall(heap, control);
            case "current_function", "current_location", "current_stacktrace" ->
                    current(asker, target, atoms.name(name), atoms);
            case "heap_size" -> Integers.fromLong(heap, target.heapSizeWords());
            case "total_heap_size" -> Integers.fromLong(heap, target.totalHeapSizeWords());
            case "stack_size" -> Integers.fromLong(heap, target.stackSizeWords());
            case "memory" -> Integers.fromLong(heap, target.memoryBytes());
            case "reductions" -> Integers.fromLong(heap, target.totalReductions());
            case "error_handler" -> atoms.atom("error_handler");
            case "min_heap_size" -> o.minHeapSize;
            case "min_bin_vheap_size" -> o.minBinVheapSize;
            case "fullsweep_after" -> o.fullsweepAfter;
            case "max_heap_size" -> o.maxHeapSize.toMap(asker.order(), heap, atoms);
            case "garbage_collection" -> Lists.of(heap, new long[] {
                Tuples.make(heap, atoms.atom("max_heap_size"), o.maxHeapSize.toMap(asker.order(), heap, atoms)),
                Tuples.make(heap, atoms.atom("min_bin_vheap_size"), o.minBinVheapSize),
                Tuples.make(heap, atoms.atom("min_heap_size"), o.minHeapSize),
                Tuples.make(heap, atoms.atom("fullsweep_after"), o.fullsweepAfter),
                Tuples.make(heap, atoms.atom("minor_gcs"), TermTags.makeSmall(target.heap().minorsSinceMajor()))});
            case "message_queue_data" -> o.messageQueueData == TermTags.NON_VALUE ? atoms.atom("on_heap")
                    : o.messageQueueData;
            case "garbage_collection_info" -> GcInfo.of(target, heap, atoms);
            case "binary" -> offHeapBinaries(heap, target);
            case "trace" -> TermTags.makeSmall(0); // no trace flags: jbeam has no tracing
            case "suspending", "sequential_trace_token" -> TermTags.NIL;
            case "catchlevel" -> TermTags.makeSmall(catchLevel(target));
            case "last_calls" -> {
                if (o.saveCalls != TermTags.makeSmall(0)) {
                    throw ErlangException.badarg("process_info: jbeam does not record calls (save_calls)");
                }
                yield Atoms.FALSE;
            }
            default -> throw ErlangException.badarg("process_info: item " + atoms.name(name)
                    + " is not answered by jbeam");
        };
    }

    /** The refc binaries the process's heap refers to, as {@code {Id, Size, RefCount}}, newest first. */
    private static long offHeapBinaries(HeapAllocator heap, ErlangProcess target) {
        java.util.List<long[]> entries = new java.util.ArrayList<>();
        target.heap().forEachOffHeapNode(node -> {
            long[] entry = org.jbeam.vm.term.Binaries.offHeapEntry(node);
            if (entry != null) {
                entries.add(entry);
            }
        });
        long list = TermTags.NIL;
        for (int i = entries.size() - 1; i >= 0; i--) {
            long[] e = entries.get(i);
            list = Lists.cons(heap, Tuples.make(heap, Integers.fromLong(heap, e[0]), Integers.fromLong(heap, e[1]),
                    Integers.fromLong(heap, e[2])), list);
        }
        return list;
    }

    /** The active catches: the catch tags in the live stack frames (OTP counts {@code c_p->catches}). */
    private static int catchLevel(ErlangProcess target) {
        int count = 0;
        for (long slot = target.frame(); slot < target.stackHigh(); slot += NativeMemory.WORD_BYTES) {
            if (TermTags.isCatch(NativeMemory.word(slot))) {
                count++;
            }
        }
        return count;
    }

    private static long messages(HeapAllocator heap, ErlangProcess target) {
        target.mailbox().acceptIncoming();
        long[] terms = new long[target.mailbox().size()];
        int[] next = {0};
        target.mailbox().forEach(term -> terms[next[0]++] = TermCopier.copy(term, heap));
        return Lists.of(heap, terms);
    }

    /** The pairs in the order {@code get/0} lists them. */
    private static long dictionary(HeapAllocator heap, ErlangProcess target) {
        ProcessDictionary dictionary = target.dictionary();
        long list = TermTags.NIL;
        for (int i = dictionary.size() - 1; i >= 0; i--) {
            long pair = Tuples.make(heap, TermCopier.copy(dictionary.key(i), heap),
                    TermCopier.copy(dictionary.value(i), heap));
            list = Lists.cons(heap, pair, list);
        }
        return list;
    }

    private static long pids(HeapAllocator heap, Iterable<Long> pids) {
        long list = TermTags.NIL;
        for (long pid : pids) {
            list = Lists.cons(heap, pid, list);
        }
        return list;
    }

    /** {@code [{process, Pid}]}, or {@code {process, {Name, Node}}} for a monitor made by name. */
    private static long monitors(HeapAllocator heap, ProcessControl control, AtomTable atoms) {
        long process = atoms.atom("process");
        long list = TermTags.NIL;
        for (Map.Entry<RefKey, Long> held : control.monitoring.entrySet()) {
            long item = held.getValue();
            ErlangProcess other = control.runtime().lookup(item);
            long[] watch = other == null ? null : other.control().monitoredBy.get(held.getKey());
            if (watch != null && TermTags.isAtom(watch[1])) {
                item = Tuples.make(heap, watch[1], Atoms.NONODE);
            }
            list = Lists.cons(heap, Tuples.make(heap, process, item), list);
        }
        return list;
    }

    private static long initialCall(HeapAllocator heap, ProcessControl control) {
        long entry = control.startEntry();
        return Tuples.make(heap, ExportEntry.module(entry), ExportEntry.function(entry),
                TermTags.makeSmall(ExportEntry.arity(entry)));
    }

    /**
     * Where the process is, as its tier tells ({@code ExecutionTier#suspendedStack}): another
     * process where it was suspended, the asker itself at the instruction calling
     * {@code process_info} (its tier notes that position for BIF calls); a process not started
     * yet, or on a tier that cannot tell, at its initial call.
     */
    private static long current(ErlangProcess asker, ErlangProcess target, String item, AtomTable atoms) {
        HeapAllocator heap = asker.heap();
        org.jbeam.vm.tier.Tiers tiers = target.control().runtime().tiers;
        long stack = tiers.has(target.tier()) ? tiers.byId(target.tier()).suspendedStack(target, heap, STACK_DEPTH)
                : TermTags.NON_VALUE;
        if (stack == TermTags.NON_VALUE || stack == TermTags.NIL) {
            long mfa = initialCall(heap, target.control());
            stack = Lists.of(heap, Tuples.make(heap, Tuples.element(mfa, 1), Tuples.element(mfa, 2),
                    Tuples.element(mfa, 3), TermTags.NIL));
        }
        long top = Lists.head(stack);
        return switch (item) {
            case "current_function" -> Tuples.make(heap, Tuples.element(top, 1), Tuples.element(top, 2),
                    Tuples.element(top, 3));
            case "current_location" -> top;
            default -> stack;
        };
    }
}

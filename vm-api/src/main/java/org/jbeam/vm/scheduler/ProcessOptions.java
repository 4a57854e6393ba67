package org.jbeam.vm.scheduler;

import org.jbeam.vm.gc.HeapSizes;
import org.jbeam.vm.process.ProcessHeap;
import org.jbeam.vm.term.TermTags;

/**
 * The per-process settings that {@code process_flag/2} and {@code group_leader/2} change: the
 * priority, which the run queue acts on, the heap limit, which the collector checks, the least
 * heap size and the minor collections between major ones, which the heap acts on, and those
 * jbeam records but does not act on (binary virtual heap size, message queue data,
 * sensitivity), plus the group leader, which a spawned process inherits from its parent (the
 * first process is its own, as erts makes {@code init}'s). Values are terms (atoms, small
 * integers, pids), as the BIFs return them.
 */
public final class ProcessOptions {
    /** Set by the process or by another ({@code group_leader/2}) on any scheduler. */
    volatile long groupLeader = TermTags.NON_VALUE;
    long priority = TermTags.NON_VALUE;
    /** What {@link #priority} means to the run queue. */
    Priority priorityLevel = Priority.NORMAL;
    long minHeapSize = TermTags.makeSmall(233);
    long minBinVheapSize = TermTags.makeSmall(46422);
    long fullsweepAfter = TermTags.makeSmall(65535);
    /** The heap limit the collector checks ({@link ProcessControl#checkHeapLimit}). */
    MaxHeapSize maxHeapSize = MaxHeapSize.NONE;
    long messageQueueData = TermTags.NON_VALUE;
    long sensitive = TermTags.NON_VALUE;
    long saveCalls = TermTags.makeSmall(0);
    /** The pid of the process that spawned this one; {@code undefined} for the first ({@code process_info}'s parent). */
    long parent = org.jbeam.vm.atom.Atoms.UNDEFINED;
    /** Started by {@code erts_internal:spawn_system_process/3}: init's restart spares it. */
    boolean systemProcess;

    /** Sets the priority: {@code value} is the atom {@code low}, {@code normal}, {@code high} or {@code max}. */
    void setPriority(long value, String name) {
        priority = value;
        priorityLevel = Priority.named(name);
    }

    /** {@code min_heap_size}: rounded up to a heap size, at least 233, as erts does; the heap keeps to it. */
    void setMinHeapSize(long value, ProcessHeap heap) {
        long words = HeapSizes.atLeast(TermTags.smallValue(value));
        minHeapSize = TermTags.makeSmall(words);
        heap.setMinHeapSize(words);
    }

    /** {@code min_bin_vheap_size}: rounded up to a heap size, at least 46422, as erts does. */
    void setMinBinVheapSize(long value) {
        minBinVheapSize = TermTags.makeSmall(HeapSizes.next(Math.max(TermTags.smallValue(value),
                HeapSizes.MIN_BIN_VHEAP_WORDS)));
    }

    /** {@code fullsweep_after}: the heap's count of minor collections before a major one. */
    void setFullsweepAfter(long value, ProcessHeap heap) {
        fullsweepAfter = value;
        heap.setFullsweepAfter((int) Math.min(Integer.MAX_VALUE, TermTags.smallValue(value)));
    }

    /** The group leader pid (NON_VALUE only before the process is set up). */
    public long groupLeader() {
        return groupLeader;
    }
}

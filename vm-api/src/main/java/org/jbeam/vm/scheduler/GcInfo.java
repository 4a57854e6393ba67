package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.ProcessHeap;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A process's heap figures as erts lists them ({@code erts_process_gc_info} in
 * {@code erl_gc.c}): {@code process_info(P, garbage_collection_info)} and the GC info of a
 * {@code max_heap_size} report. The keys and their order are erl's; the values are jbeam's own
 * heap (its stack has a block of its own, so {@code heap_block_size} does not hold it, and its
 * overflow blocks play the part of OTP's heap fragments, {@code mbuf_size}). {@code recent_size}
 * is what the young heap holds; jbeam keeps no separate count of off-heap binary bytes per
 * generation, so the {@code bin_*} sizes are the process's binary heap settings and 0 used.
 */
final class GcInfo {
    private GcInfo() {}

    static long of(ErlangProcess process, HeapAllocator on, AtomTable atoms) {
        ProcessHeap heap = process.heap();
        long binBlock = process.control() == null ? 46422
                : TermTags.smallValue(process.control().options.minBinVheapSize);
        String[] keys = {"old_heap_block_size", "heap_block_size", "mbuf_size", "recent_size", "stack_size",
            "old_heap_size", "heap_size", "bin_vheap_size", "bin_vheap_block_size", "bin_old_vheap_size",
            "bin_old_vheap_block_size"};
        long[] values = {heap.oldHeapSizeWords(), heap.heapSizeWords(), heap.overflowUsedWords(),
            heap.youngUsedWords(), process.stackSizeWords(), heap.oldUsedWords(), heap.youngUsedWords(), 0, binBlock, 0,
            binBlock};
        long[] pairs = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            pairs[i] = Tuples.make(on, atoms.atom(keys[i]), Integers.fromLong(on, values[i]));
        }
        return Lists.of(on, pairs);
    }
}

package org.jbeam.vm.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ProcessHeap;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.junit.jupiter.api.Test;

/**
 * A pending trace keeps its built entries and its continuation pointers, names the pointers
 * only when built (leaving out those no tier names), and survives collections unchanged.
 */
class RawStackTraceTest {
    private final AtomTable atoms = new AtomTable();
    private final TermOrder order = new TermOrder(atoms);

    /** Names CP {@code k} of tier 1 as {@code {m, f, k, []}}; CP 99 is unknown. */
    private ContinuationNames names() {
        return (cp, heap) -> ContinuationPointer.code(cp) == 99 ? TermTags.NON_VALUE
                : entry(heap, ContinuationPointer.code(cp));
    }

    private long entry(HeapAllocator heap, long k) {
        return Tuples.make(heap, atoms.atom("m"), atoms.atom("f"), TermTags.makeSmall(k), TermTags.NIL);
    }

    @Test
    void aPendingTraceNamesItsContinuationsWhenBuilt() {
        try (HeapFragments heap = new HeapFragments()) {
            long first = entry(heap, 0);
            long[] cps = {ContinuationPointer.make(1, 1), ContinuationPointer.make(1, 99), ContinuationPointer.make(1, 2)};
            long pending = RawStackTrace.pending(heap, Lists.of(heap, first), cps, cps.length);
            long raw = RawStackTrace.make(heap, Atoms.ERROR, pending);

            assertEquals(Atoms.ERROR, RawStackTrace.classOf(raw));
            long built = RawStackTrace.built(raw, heap, names());
            long expected = Lists.of(heap, entry(heap, 0), entry(heap, 1), entry(heap, 2));
            assertEquals(0, order.compareExact(expected, built));
        }
    }

    @Test
    void aBuiltTraceIsItsOwnList() {
        try (HeapFragments heap = new HeapFragments()) {
            long list = Lists.of(heap, entry(heap, 5));
            assertEquals(list, RawStackTrace.build(list, heap, names()));
            assertEquals(TermTags.NIL, RawStackTrace.traceOf(TermTags.NIL), "not a raw trace: no entries");
            assertEquals(Atoms.ERROR, RawStackTrace.classOf(TermTags.NIL));
        }
    }

    @Test
    void continuationsSurviveACollection() {
        try (HeapFragments reference = new HeapFragments(); ProcessHeap heap = new ProcessHeap(233, 1 << 20)) {
            long[] cps = {ContinuationPointer.make(1, 7), ContinuationPointer.make(1, 8)};
            long[] root = {RawStackTrace.make(heap, Atoms.THROW,
                    RawStackTrace.pending(heap, Lists.of(heap, entry(heap, 6)), cps, cps.length))};
            for (int i = 0; i < 2000; i++) {
                Lists.of(heap, TermTags.makeSmall(i), TermTags.makeSmall(i)); // garbage
            }
            long before = root[0];
            heap.collect(c -> root[0] = c.relocate(root[0]), 0, false);
            heap.collect(c -> root[0] = c.relocate(root[0]), 0, true);
            assertTrue(before != root[0], "the raw trace moved");
            long expected = Lists.of(reference, entry(reference, 6), entry(reference, 7), entry(reference, 8));
            assertEquals(0, order.compareExact(expected, RawStackTrace.built(root[0], heap, names())));
        }
    }
}

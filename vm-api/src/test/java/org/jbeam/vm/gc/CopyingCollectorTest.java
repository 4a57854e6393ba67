package org.jbeam.vm.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.ProcessHeap;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Minor and major collections of a {@link ProcessHeap} keep every kind of term equal
 * ({@link TermOrder#compareExact}) to a copy built elsewhere, drop garbage, release dead refc
 * binaries and leave literals where they are.
 */
class CopyingCollectorTest {
    private final AtomTable atoms = new AtomTable();
    private final TermOrder order = new TermOrder(atoms);
    private final FunTable funs = new FunTable();
    private final ExportTable exports = new ExportTable();

    @AfterEach
    void close() {
        funs.close();
        exports.close();
    }

    /** One term of every kind, sharing a subterm twice, built the same way on any heap. */
    private long everyKind(HeapAllocator h) {
        long shared = Tuples.make(h, atoms.atom("shared"), TermTags.makeSmall(7));
        long refc = Binaries.make(h, new byte[200]);
        long heapBinary = Binaries.make(h, "hello".getBytes());
        long[] keys = new long[40];
        long[] values = new long[40];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = TermTags.makeSmall(i);
            values[i] = Tuples.make(h, TermTags.makeSmall(i), Lists.of(h, TermTags.makeSmall(i)));
        }
        long funEntry = funs.entry(atoms.atom("m"), 0, new byte[16], 0, 0, 3);
        long fun = Funs.makeLocal(h, funEntry, 1, TermTags.makeLocalPid(1),
                new long[] {shared, Lists.of(h, TermTags.makeSmall(1), TermTags.makeSmall(2))});
        return Lists.of(h,
                Lists.cons(h, TermTags.makeSmall(1), TermTags.makeSmall(2)),
                shared, shared,
                Integers.fromBigInteger(h, BigInteger.TWO.pow(100)),
                Integers.fromBigInteger(h, BigInteger.TWO.pow(70).negate()),
                Floats.make(h, 3.25),
                heapBinary, refc,
                Binaries.subBinary(h, refc, 12, 100),
                Binaries.subBinary(h, heapBinary, 8, 20),
                fun,
                Funs.makeExport(h, exports.entry(atoms.atom("lists"), atoms.atom("map"), 2)),
                Maps.fromPairs(order, h, new long[] {atoms.atom("a"), atoms.atom("b")},
                        new long[] {TermTags.makeSmall(1), Lists.of(h, shared)}),
                Maps.fromPairs(order, h, keys, values),
                Identifiers.localReference(h, new long[] {1, 2, 3}),
                Identifiers.externalPid(h, atoms.atom("n@h"), 1, 2, 3),
                Identifiers.externalPort(h, atoms.atom("n@h"), 1, 2),
                Identifiers.externalReference(h, atoms.atom("n@h"), 1, new long[] {4, 5, 6}));
    }

    private static ProcessHeap poisoned(ProcessHeap heap) {
        heap.setPoisonFreedSpace(true);
        return heap;
    }

    private static void makeGarbage(ProcessHeap heap, int cells) {
        long list = TermTags.NIL;
        for (int i = 0; i < cells; i++) {
            list = Lists.cons(heap, TermTags.makeSmall(i), list);
        }
    }

    @Test
    void minorThenMajorCollectionsKeepEveryKindOfTerm() {
        try (HeapFragments reference = new HeapFragments(); ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long expected = everyKind(reference);
            long[] roots = {everyKind(heap)};
            RootSet rootSet = c -> roots[0] = c.relocate(roots[0]);
            makeGarbage(heap, 5000);
            long before = roots[0];
            heap.collect(rootSet, 0, false);
            assertNotEquals(before, roots[0], "the live data moved");
            assertEquals(0, order.compareExact(expected, roots[0]));
            assertEquals(0, heap.oldHeapSizeWords(), "nothing had survived a collection yet");
            makeGarbage(heap, 5000);
            heap.collect(rootSet, 0, false);
            assertEquals(0, order.compareExact(expected, roots[0]));
            assertTrue(heap.oldHeapSizeWords() > 0, "survivors of two collections are promoted");
            heap.collect(rootSet, 0, true);
            assertEquals(0, order.compareExact(expected, roots[0]));
            assertEquals(0, heap.oldHeapSizeWords(), "a major collection drops the old heap");
            assertEquals(2, heap.minorCollections());
            assertEquals(1, heap.majorCollections());
        }
    }

    @Test
    void sharedSubtermsStaySharedAfterCopying() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long shared = Tuples.make(heap, TermTags.makeSmall(1));
            long[] roots = {Tuples.make(heap, shared, shared)};
            heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, true);
            assertEquals(Tuples.element(roots[0], 1), Tuples.element(roots[0], 2));
        }
    }

    @Test
    void garbageIsDroppedAndTheHeapShrinks() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long[] roots = {Lists.of(heap, TermTags.makeSmall(1))};
            RootSet rootSet = c -> roots[0] = c.relocate(roots[0]);
            for (int round = 0; round < 20; round++) {
                makeGarbage(heap, 20_000);
                if (heap.needsCollection(0)) {
                    heap.collect(rootSet, 0, false);
                }
            }
            assertTrue(heap.totalHeapSizeWords() < 40_000, "grown for the garbage: " + heap.totalHeapSizeWords());
            heap.collect(rootSet, 0, true);
            assertTrue(heap.usedWords() < 10, "only the rooted cell is left: " + heap.usedWords());
            assertTrue(heap.totalHeapSizeWords() <= 4 * HeapSizes.MIN_HEAP_WORDS,
                    "shrunk when mostly empty: " + heap.totalHeapSizeWords());
            assertEquals(0, order.compareExact(roots[0], Lists.of(heap, TermTags.makeSmall(1))));
        }
    }

    @Test
    void deadRefcBinariesAreReleasedAndLiveOnesKept() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long dead = Binaries.make(heap, new byte[100]);
            long live = Binaries.make(heap, new byte[100]);
            long deadBinary = NativeMemory.wordAt(TermTags.pointer(dead), Binaries.REFC_BINARY_WORD);
            Binaries.retainOffHeap(deadBinary); // the test's own reference keeps it readable
            long[] roots = {live};
            heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, false);
            assertEquals(1, NativeMemory.word(deadBinary), "the heap's reference was dropped");
            assertEquals(1, Binaries.offHeapReferences(roots[0]), "the live one is still referenced once");
            heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, false);
            heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, true);
            assertEquals(1, Binaries.offHeapReferences(roots[0]));
            assertEquals(100, Binaries.byteSize(roots[0]));
            Binaries.releaseOffHeap(deadBinary);
        }
    }

    @Test
    void literalsAreNotCopied() {
        try (HeapFragments literals = new HeapFragments(); ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long literal = Tuples.make(literals, atoms.atom("lit"), Lists.of(literals, TermTags.makeSmall(1)));
            long[] roots = {Tuples.make(heap, literal, TermTags.makeSmall(2)), literal};
            heap.collect(c -> {
                roots[0] = c.relocate(roots[0]);
                roots[1] = c.relocate(roots[1]);
            }, 0, true);
            assertEquals(literal, roots[1]);
            assertEquals(literal, Tuples.element(roots[0], 1));
        }
    }

    @Test
    void fullsweepAfterForcesAMajorCollection() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            heap.setFullsweepAfter(2);
            long[] roots = {Lists.of(heap, TermTags.makeSmall(1))};
            for (int i = 0; i < 3; i++) {
                heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, false);
            }
            assertEquals(2, heap.minorCollections());
            assertEquals(1, heap.majorCollections());
        }
    }

    @Test
    void aMinimumHeapSizeSizesAnEmptyHeapAtOnceAndBoundsEveryShrink() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            heap.setMinHeapSize(4185);
            assertEquals(4185, heap.heapSizeWords(), "an empty heap takes its least size at once");
            long[] roots = {Lists.of(heap, TermTags.makeSmall(1))};
            RootSet rootSet = c -> roots[0] = c.relocate(roots[0]);
            makeGarbage(heap, 100_000);
            heap.collect(rootSet, 0, false);
            heap.collect(rootSet, 0, true);
            assertEquals(4185, heap.heapSizeWords(), "a mostly empty heap shrinks no further than its least size");
            assertTrue(heap.reclaimedWords() >= 200_000, "the dead cells were counted: " + heap.reclaimedWords());
        }
    }

    @Test
    void aMinimumHeapSizeWaitsForTheNextCollectionWhenTheHeapHoldsData() {
        try (ProcessHeap heap = poisoned(new ProcessHeap(233, 1 << 22))) {
            long[] roots = {Lists.of(heap, TermTags.makeSmall(1))};
            heap.setMinHeapSize(1598);
            assertEquals(233, heap.heapSizeWords());
            heap.collect(c -> roots[0] = c.relocate(roots[0]), 0, false);
            assertEquals(1598, heap.heapSizeWords());
        }
    }

    @Test
    void processRootsAreLiveXRegistersAndTheStack() {
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), order, 64, 233, 1 << 22)) {
            p.heap().setPoisonFreedSpace(true);
            p.setCp(ContinuationPointer.make(1, 42));
            p.allocateZeroed(2);
            p.setY(1, Tuples.make(p.heap(), TermTags.makeSmall(5)));
            p.setX(0, Lists.of(p.heap(), TermTags.makeSmall(9)));
            long dead = Tuples.make(p.heap(), TermTags.makeSmall(6));
            p.setX(1, dead);
            p.garbageCollect(1, 0, true);
            assertEquals(0, order.compareExact(Tuples.make(p.heap(), TermTags.makeSmall(5)), p.y(1)));
            assertEquals(0, order.compareExact(Lists.of(p.heap(), TermTags.makeSmall(9)), p.x(0)));
            assertEquals(dead, p.x(1), "X1 was not live, so it is not rewritten");
            assertEquals(TermTags.NIL, p.y(0));
            p.deallocate(2);
            assertEquals(ContinuationPointer.make(1, 42), p.cp(), "the saved CP was left alone");
            assertEquals(p.heap().heapSizeWords() + p.stackSizeWords(), p.heapSizeWords());
            assertTrue(p.heapSizeWords() >= HeapSizes.MIN_HEAP_WORDS);
            assertTrue(p.totalHeapSizeWords() >= p.heapSizeWords());
            assertTrue(p.memoryBytes() > p.totalHeapSizeWords() * 8);
        }
    }
}

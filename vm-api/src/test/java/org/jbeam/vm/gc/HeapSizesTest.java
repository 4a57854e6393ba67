package org.jbeam.vm.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heap size series and the grow/keep/shrink decision after a collection. */
class HeapSizesTest {
    @Test
    void sizesStartAtOtpsMinimumAndGrowLikeFibonacci() {
        assertEquals(233, HeapSizes.atLeast(1));
        assertEquals(233, HeapSizes.atLeast(233));
        assertEquals(376, HeapSizes.atLeast(234));
        assertEquals(233 + 376 + 1, HeapSizes.atLeast(377));
        long previous = HeapSizes.atLeast(1);
        for (long words = 1000; words < 1L << 30; words = words * 3 / 2) {
            long size = HeapSizes.atLeast(words);
            assertTrue(size >= words && size >= previous, "size " + size + " for " + words);
            assertTrue(size <= words * 2, "no size more than doubles the request: " + size + " for " + words);
            previous = size;
        }
    }

    @Test
    void theTableIsErtsOwnSoRequestedMinimumsRoundAsInErl() {
        // Values erl 25 reports for process_flag(min_heap_size, N) and system_flag(min_heap_size, N).
        assertEquals(12, HeapSizes.next(1));
        assertEquals(38, HeapSizes.next(13));
        assertEquals(1598, HeapSizes.next(1000));
        assertEquals(75113, HeapSizes.next(50000));
        assertEquals(1199557, HeapSizes.next(1_000_000));
        assertEquals(2072833, HeapSizes.next(2_000_000));
        assertEquals(114432973, HeapSizes.next(100_000_000));
        assertEquals(233, HeapSizes.atLeast(10));
    }

    @Test
    void aHeapGrowsWhenMostlyFullShrinksWhenMostlyEmptyAndIsKeptOtherwise() {
        long size = HeapSizes.atLeast(10_000);
        assertTrue(HeapSizes.afterCollection(size, size * 9 / 10, 0) > size);
        assertTrue(HeapSizes.afterCollection(size, size, 100) >= size + 100);
        assertEquals(size, HeapSizes.afterCollection(size, size / 2, 0));
        long shrunk = HeapSizes.afterCollection(size, 100, 10);
        assertTrue(shrunk < size && shrunk >= 220, "shrunk to " + shrunk);
        assertEquals(HeapSizes.MIN_HEAP_WORDS, HeapSizes.afterCollection(HeapSizes.MIN_HEAP_WORDS, 0, 0));
    }
}

package org.jbeam.vm.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.Test;

/** Frames, continuation pointers, reductions and the growing heap of a process. */
class ErlangProcessTest {
    private final TermOrder order = new TermOrder(new AtomTable());

    @Test
    void framesSaveAndRestoreTheContinuationPointer() {
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), order, 64, 64, 1024)) {
            long outer = ContinuationPointer.make(1, 42);
            p.setCp(outer);
            p.allocateZeroed(2);
            assertEquals(TermTags.NIL, p.y(0));
            p.setY(1, TermTags.makeSmall(7));
            p.setCp(ContinuationPointer.make(1, 99));
            p.allocate(1);
            p.setY(0, Atoms.OK);
            p.deallocate(1);
            assertEquals(TermTags.makeSmall(7), p.y(1), "the outer frame is intact");
            p.trim(1);
            assertEquals(TermTags.makeSmall(7), p.y(0), "trim drops Y0, Y1 becomes Y0");
            p.deallocate(1);
            assertEquals(outer, p.cp());
        }
    }

    @Test
    void theStackGrowsKeepingEveryFrame() {
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), order, 16, 64, 1 << 20)) {
            for (int i = 0; i < 5000; i++) {
                p.allocate(1);
                p.setY(0, TermTags.makeSmall(i));
            }
            for (int i = 4999; i >= 0; i--) {
                assertEquals(TermTags.makeSmall(i), p.y(0), "frame " + i + " after the stack moved");
                p.deallocate(1);
            }
            assertEquals(p.stackHigh(), p.frame());
        }
    }

    @Test
    void aStackPastTheProcessSizeLimitIsSystemLimit() {
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), order, 16, 64, 1024)) {
            ErlangException e = assertThrows(ErlangException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    p.allocate(1);
                }
            });
            assertEquals(Atoms.SYSTEM_LIMIT, e.reason());
        }
    }

    @Test
    void continuationPointersCarryTierAndCodeAndLookLikeNoTerm() {
        long cp = ContinuationPointer.make(3, ContinuationPointer.MAX_CODE);
        assertEquals(3, ContinuationPointer.tier(cp));
        assertEquals(ContinuationPointer.MAX_CODE, ContinuationPointer.code(cp));
        assertTrue(ContinuationPointer.isContinuation(cp));
        assertFalse(ContinuationPointer.isContinuation(TermTags.makeSmall(1)));
        assertThrows(IllegalArgumentException.class, () -> ContinuationPointer.make(0, 1));
    }

    @Test
    void reductionsRunOutAfterOneSlice() {
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), order, 16, 64, 1024)) {
            int calls = 1;
            while (p.reduce()) {
                calls++;
            }
            assertEquals(ErlangProcess.REDUCTIONS_PER_SLICE, calls);
            p.refillReductions();
            assertEquals(ErlangProcess.REDUCTIONS_PER_SLICE, p.reductions());
        }
    }

    @Test
    void theHeapOverflowsUpToItsLimitThenRaisesSystemLimit() {
        try (ProcessHeap heap = new ProcessHeap(64, 1000)) {
            long first = heap.allocate(200);
            assertFalse(heap.needsCollection(0));
            long second = heap.allocate(60);
            assertTrue(second != first + 200 * 8L, "the second request overflows the young heap");
            assertTrue(heap.needsCollection(0), "an overflow asks for a collection");
            ErlangException e = assertThrows(ErlangException.class, () -> heap.allocate(800));
            assertEquals(Atoms.SYSTEM_LIMIT, e.reason());
            assertTrue(e.getMessage().contains("heap exhausted"), e.getMessage());
        }
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.HeapOps;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.vm.process.ErlangProcess;

/**
 * The interpreter's garbage-collection points (OTP's {@code test_heap} and
 * {@code erts_gc_after_bif_call}): the only places where terms move, so no Java local may hold
 * a heap term across one of these instructions.
 */
final class HeapNeeds {
    private HeapNeeds() {}

    static int testHeap(Machine m, HeapOps.TestHeap i, int pc) {
        m.process.ensureHeap(i.live(), i.needWords());
        return pc + 1;
    }

    /**
     * Collects when the BIF's result overflowed the heap. The result is a root even when it sits
     * above the live registers: it is moved to X(live), a dead register, for the collection and
     * back. Registers between the live ones and the result are stale and must not be roots.
     */
    static int gcAfterResult(Machine m, HeapOps.GcAfterResult i, int pc) {
        ErlangProcess p = m.process;
        if (!p.heap().needsCollection(0)) {
            return pc + 1;
        }
        int live = i.live();
        if (i.result() instanceof XReg x && x.index() >= live) {
            p.setX(live, p.x(x.index()));
            p.garbageCollect(live + 1, 0, false);
            p.setX(x.index(), p.x(live));
        } else {
            p.garbageCollect(live, 0, false);
        }
        return pc + 1;
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.FrameOps;
import org.jbeam.vm.term.TermTags;

/** Stack frames: {@code allocate*}, {@code deallocate}, {@code init_yregs}, {@code trim}. */
final class Frames {
    private Frames() {}

    /**
     * Initialises the Y registers although BEAM's {@code allocate} leaves them: exception
     * unwinding scans the stack for catch tags and continuation pointers, and a stale word must
     * not look like either.
     */
    static int allocate(Machine m, FrameOps.Allocate i, int pc) {
        m.process.allocateZeroed(i.yCount());
        return pc + 1;
    }

    static int allocateZero(Machine m, FrameOps.AllocateZero i, int pc) {
        m.process.allocateZeroed(i.yCount());
        return pc + 1;
    }

    static int deallocate(Machine m, FrameOps.Deallocate i, int pc) {
        m.process.deallocate(i.yCount());
        return pc + 1;
    }

    static int initYregs(Machine m, FrameOps.InitYregs i, int pc) {
        for (int y : i.indices()) {
            m.process.setY(y, TermTags.NIL);
        }
        return pc + 1;
    }

    static int trim(Machine m, FrameOps.Trim i, int pc) {
        m.process.trim(i.dropped());
        return pc + 1;
    }
}

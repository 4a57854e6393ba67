package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.Target;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.tier.interpreter.instr.YReg;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierStatus;

/**
 * The interpreter's view of one running process: the process state plus the module whose
 * code is executing. Instruction positions are indices into {@link #code}; a position that
 * leaves the module (a continuation pointer, a yield) is {@code moduleId << 32 | index}.
 */
final class Machine {
    /** Returned instead of an instruction index when the process must yield. */
    static final int YIELD = -1;
    /** Returned instead of an instruction index when the process's first call returned. */
    static final int FINISHED = -2;
    /** Returned instead of an instruction index when the process waits in a receive. */
    static final int WAIT = -3;
    /** Returned instead of an instruction index when another tier must go on ({@link #handOver}). */
    static final int HAND_OVER = -4;

    final Interpreter interpreter;
    final ErlangProcess process;
    final long xRegisters;
    InterpretedModule module;
    Instruction[] code;
    int[] opcodes;
    /** A trace a re-raise carries over to the exception it throws ({@code NON_VALUE}: none). */
    long carriedTrace = TermTags.NON_VALUE;
    /**
     * The number of arguments the running {@code erlang:apply/3} instruction spread into X0..
     * (-1 before they are spread), so a stack trace can name the function it failed to find.
     */
    int appliedArity = -1;
    /** The binary OTP 24's construction instructions are filling ({@link LegacyBitSyntax}), or null. */
    org.jbeam.vm.bits.BinaryUnderConstruction construction;
    /** The status a {@link #HAND_OVER} exit leaves with. */
    private TierStatus handOverStatus;

    Machine(Interpreter interpreter, ErlangProcess process, InterpretedModule module) {
        this.interpreter = interpreter;
        this.process = process;
        this.xRegisters = process.xRegisters();
        enter(module);
    }

    void enter(InterpretedModule target) {
        module = target;
        code = target.code();
        opcodes = target.opcodes();
    }

    // Type tests against the three final operand records, not a pattern switch: a switch on a
    // sealed type compiles to an invokedynamic type switch, far slower on this hot path.
    long read(Source source) {
        if (source instanceof XReg x) {
            return NativeMemory.wordAt(xRegisters, x.index());
        }
        if (source instanceof YReg y) {
            return process.y(y.index());
        }
        return ((Constant) source).term();
    }

    void write(Target target, long term) {
        if (target instanceof XReg x) {
            NativeMemory.setWordAt(xRegisters, x.index(), term);
        } else {
            process.setY(((YReg) target).index(), term);
        }
    }

    /** A continuation pointer to instruction {@code index} of the current module. */
    long continuation(int index) {
        return ContinuationPointer.make(interpreter.id(), position(module.id(), index));
    }

    static long position(int moduleId, int index) {
        return ((long) moduleId << 32) | index;
    }

    /** Goes to a position made by {@link #position}, switching module; returns its index. */
    int goTo(long position) {
        enter(interpreter.module((int) (position >>> 32)));
        return (int) position;
    }

    /** Saves where to go on and asks the loop to yield. */
    int yieldAt(int index) {
        return yieldAt(index, 0);
    }

    /**
     * As {@link #yieldAt(int)}, with at least {@code liveX} X registers kept: an instruction or
     * a trapped BIF ({@link ErlangProcess#pendingTrap}) holds its state above the module's own.
     */
    int yieldAt(int index, int liveX) {
        process.setResumePosition(position(module.id(), index));
        BifTrap trap = process.pendingTrap();
        int trapLive = trap == null ? 0 : trap.arity();
        process.setLiveX(Math.max(module.liveXBound(), Math.max(liveX, trapLive)));
        return YIELD;
    }

    /**
     * Saves the receive loop to resume at and asks the loop to leave with {@code WAITING},
     * keeping X0..X(liveX-1). A receive keeps none: erts swaps a waiting process out with
     * arity 0, so the compiler leaves nothing in X registers across {@code wait} (an idle
     * process then holds no saved registers).
     */
    int waitAt(int index, int liveX) {
        process.setResumePosition(position(module.id(), index));
        process.setLiveX(liveX);
        return WAIT;
    }

    /**
     * Leaves the loop for the tier that owns {@code target} (an export entry, fun entry, CP or
     * catch tag); the registers are already as {@code status} describes.
     */
    int handOver(TierStatus status, long target) {
        process.setHandOverTarget(target);
        handOverStatus = status;
        return HAND_OVER;
    }

    /** The tier status for a loop exit code. */
    TierStatus status(int exitCode) {
        return switch (exitCode) {
            case FINISHED -> TierStatus.FINISHED;
            case WAIT -> TierStatus.WAITING;
            case HAND_OVER -> handOverStatus;
            default -> TierStatus.YIELDED;
        };
    }
}

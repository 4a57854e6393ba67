package org.jbeam.tier.interpreter.loader;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.tier.interpreter.instr.FrameOps;
import org.jbeam.tier.interpreter.instr.HeapOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Target;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;

/**
 * Rules for the heap-need instructions, the interpreter's garbage-collection points:
 * {@code test_heap Need Live}, {@code allocate_heap[_zero] Stack Need Live} (a frame, then the
 * heap test), the {@code gc_bifN Fail Live Bif Args.. Dst} forms and
 * {@code put_map_assoc/put_map_exact Fail Map Dst Live Pairs} (the instruction, then a
 * collection if its result overflowed the heap).
 */
final class HeapRules {
    /** Words a float takes on the heap (header and the double). */
    private static final int FLOAT_WORDS = 2;
    /** Words a fun takes besides its free variables (which the compiler counts as words). */
    private static final int FUN_WORDS = 5;

    private HeapRules() {}

    static void addTo(RewriteRules t) {
        t.one(GenericOp.TEST_HEAP, (g, d) -> testHeap(g, 0, d));
        // The heap test comes before the frame (as BEAM's AH): a collection must not scan the new
        // frame's Y slots, which still hold the words of a dead frame.
        t.add(GenericOp.ALLOCATE_HEAP, (g, c) -> List.of(
                testHeap(g, 1, c.operands()), new FrameOps.Allocate(c.operands().unsigned(g.operand(0)))));
        t.add(GenericOp.ALLOCATE_HEAP_ZERO, (g, c) -> List.of(
                testHeap(g, 1, c.operands()), new FrameOps.AllocateZero(c.operands().unsigned(g.operand(0)))));
    }

    private static HeapOps.TestHeap testHeap(GenericInstruction g, int needAt, OperandDecoder d) {
        return new HeapOps.TestHeap(words(g.operand(needAt), d), d.unsigned(g.operand(needAt + 1)));
    }

    /** A heap need: a word count, or an allocation list of words, floats and funs. */
    private static long words(Operand need, OperandDecoder d) {
        if (need instanceof Operand.AllocationList list) {
            return list.words() + FLOAT_WORDS * list.floats() + FUN_WORDS * list.funs();
        }
        return d.unsigned(need);
    }

    /**
     * The instructions of a {@code gc_bif}: {@code bif} (already made from the generic
     * instruction: one, or two for {@code length/1}), followed by the collection point with the form's {@code Live} operand.
     */
    static List<Instruction> gcBif(GenericInstruction g, OperandDecoder d, Target result, Instruction... bif) {
        List<Instruction> out = new ArrayList<>(bif.length + 1);
        out.addAll(List.of(bif));
        out.add(new HeapOps.GcAfterResult(d.unsigned(g.operand(1)), result));
        return out;
    }

    /**
     * {@code built} (a map update, made from the generic instruction), followed by the collection
     * point with the {@code Live} operand at {@code liveAt} and the result in operand 2.
     */
    static List<Instruction> withCollection(GenericInstruction g, OperandDecoder d, int liveAt, Instruction built) {
        return List.of(built, new HeapOps.GcAfterResult(d.unsigned(g.operand(liveAt)), d.target(g.operand(2))));
    }
}

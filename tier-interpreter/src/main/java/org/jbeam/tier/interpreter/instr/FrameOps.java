package org.jbeam.tier.interpreter.instr;

/**
 * Stack frames: allocating and freeing Y registers. Heap needs ({@code test_heap} and the heap
 * part of {@code allocate_heap}) produce no instruction: the process heap grows on demand.
 */
public sealed interface FrameOps extends Instruction {
    record Allocate(int yCount) implements FrameOps {}

    record AllocateZero(int yCount) implements FrameOps {}

    record Deallocate(int yCount) implements FrameOps {}

    /** {@code init_yregs}/{@code init}: the listed Y registers become {@code []}. */
    record InitYregs(int[] indices) implements FrameOps {}

    record Trim(int dropped) implements FrameOps {}
}

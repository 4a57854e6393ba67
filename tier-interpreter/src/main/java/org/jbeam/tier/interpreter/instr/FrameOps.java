package org.jbeam.tier.interpreter.instr;

/**
 * Stack frames: allocating and freeing Y registers. The heap part of {@code allocate_heap} is a
 * {@link HeapOps.TestHeap} after the frame.
 */
public sealed interface FrameOps extends Instruction {
    record Allocate(int yCount) implements FrameOps {}

    record AllocateZero(int yCount) implements FrameOps {}

    record Deallocate(int yCount) implements FrameOps {}

    /** {@code init_yregs}/{@code init}: the listed Y registers become {@code []}. */
    record InitYregs(int[] indices) implements FrameOps {}

    record Trim(int dropped) implements FrameOps {}
}

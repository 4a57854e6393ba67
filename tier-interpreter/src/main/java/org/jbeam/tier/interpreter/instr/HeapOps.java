package org.jbeam.tier.interpreter.instr;

/**
 * Heap needs: the points where the process heap may be garbage collected, because the
 * instruction knows which X registers are live (OTP's {@code Live} operand).
 */
public sealed interface HeapOps extends Instruction {
    /**
     * {@code test_heap Need Live}, and the heap part of {@code allocate_heap}: makes sure
     * {@code needWords} words fit the heap, collecting with X0..X(live-1) and the stack as roots.
     */
    record TestHeap(long needWords, int live) implements HeapOps {}

    /**
     * Follows a {@code gc_bif} or a map update: when its result overflowed the heap, collects
     * with X0..X(live-1), the stack and the {@code result} register as roots (OTP's
     * {@code erts_gc_after_bif_call}).
     */
    record GcAfterResult(int live, Target result) implements HeapOps {}
}

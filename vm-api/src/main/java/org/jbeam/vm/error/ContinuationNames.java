package org.jbeam.vm.error;

import org.jbeam.vm.heap.HeapAllocator;

/** How a tier names the continuation pointers on a stack, for traces ({@link StackTraceBuilder}). */
@FunctionalInterface
public interface ContinuationNames {
    /**
     * The entry {@code {M, F, Arity, Location}} of the call before continuation pointer
     * {@code cp} (any tier's), built on {@code heap}, or NON_VALUE when none can be named.
     */
    long describeContinuation(long cp, HeapAllocator heap);
}

package org.jbeam.vm.gc;

/**
 * Everything outside the heap that holds terms a collection must keep: X registers, the
 * stack, process-owned term slots. A collection may visit the roots more than once (a heap
 * that is resized right after a collection is copied again), so visiting must be repeatable.
 */
@FunctionalInterface
public interface RootSet {
    /** Hands every root to {@code collector}, storing back what it returns. */
    void relocate(CopyingCollector collector);
}

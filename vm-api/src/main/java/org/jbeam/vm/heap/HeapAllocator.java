package org.jbeam.vm.heap;

/**
 * Somewhere terms can be built: a process heap, a heap fragment for a message, a module's
 * literal area.
 *
 * <p>{@link #allocate} hands out word-aligned native memory for {@code words} words that
 * stays valid as long as the owner keeps it. Off-heap objects (reference-counted binaries)
 * that a term on this heap refers to are threaded onto the heap's off-heap list, so that
 * the owner releases them when it frees or collects the heap, as OTP's {@code MSO} list does.
 */
public interface HeapAllocator {
    /** The address of {@code words} fresh, uninitialised words. */
    long allocate(int words);

    /** The head of this heap's off-heap list (an address, or 0 when empty). */
    long offHeapHead();

    /** Replaces the head of the off-heap list; callers link the old head from the new node. */
    void setOffHeapHead(long address);
}

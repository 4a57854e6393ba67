package org.jbeam.vm.heap;

import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermTags;

/**
 * The chain of off-heap references held by one heap (OTP's {@code MSO} list).
 *
 * <p>Each node is a boxed object on the heap whose word {@link #NEXT_WORD} links to the next
 * node's address (0 ends the chain). Today the only kind is the reference-counted binary's
 * handle; freeing a heap walks its chain and drops one reference per node.
 */
public final class OffHeapList {
    /** The word of a node, counted from its header, that holds the next node's address. */
    public static final int NEXT_WORD = 2;

    private OffHeapList() {}

    /** Links the node at {@code nodeAddress} at the head of {@code heap}'s chain. */
    public static void link(HeapAllocator heap, long nodeAddress) {
        NativeMemory.setWordAt(nodeAddress, NEXT_WORD, heap.offHeapHead());
        heap.setOffHeapHead(nodeAddress);
    }

    /** Drops the references of every node from {@code head} on. */
    public static void releaseAll(long head) {
        long node = head;
        while (node != 0) {
            long next = NativeMemory.wordAt(node, NEXT_WORD);
            long header = NativeMemory.word(node);
            if (TermTags.headerSubtag(header) == TermTags.REFC_BINARY_SUBTAG) {
                Binaries.releaseOffHeap(NativeMemory.wordAt(node, Binaries.REFC_BINARY_WORD));
            }
            node = next;
        }
    }
}

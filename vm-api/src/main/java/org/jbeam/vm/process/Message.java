package org.jbeam.vm.process;

import java.util.function.BooleanSupplier;

import org.jbeam.vm.heap.HeapFragments;

/**
 * One message in a {@link Mailbox}: the term and the heap fragment it was copied into (OTP's
 * {@code ErtsMessage} with its {@code ErlHeapFragment}). The fragment is null when the term is
 * an immediate and needed no memory.
 *
 * <p>Ownership: the sender builds the fragment and hands it over whole; from then on the
 * receiver owns it. While the message waits in the queue the fragment belongs to the message;
 * when {@code remove_message} takes the message, the fragment is attached to the receiver's
 * {@link ProcessHeap} ({@link ProcessHeap#attachFragment}) because the receiver's registers and
 * heap may now point into it. A garbage collector adopts attached fragments by copying their
 * live terms into the heap and freeing them, as BEAM merges {@code mbuf}s at GC.
 */
public final class Message {
    final long term;
    final HeapFragments fragment;
    /** The next message in its queue (queues are singly linked, oldest first). */
    Message next;
    /**
     * Asked when the receiver takes the message in (null: always admitted). A message sent to a
     * process alias carries one: erts checks the alias when the receiver handles the signal,
     * not when it is sent, so an {@code unalias/1} in between drops it.
     */
    final BooleanSupplier admit;

    public Message(long term, HeapFragments fragment) {
        this(term, fragment, null);
    }

    /** A message that reaches the queue only if {@code admit} says so when the receiver takes it in. */
    public Message(long term, HeapFragments fragment, BooleanSupplier admit) {
        this.term = term;
        this.fragment = fragment;
        this.admit = admit;
    }

    public long term() {
        return term;
    }

    public HeapFragments fragment() {
        return fragment;
    }

    /** Frees the message's memory (a message dropped unread: its receiver exited, a flush). */
    void free() {
        if (fragment != null) {
            fragment.close();
        }
    }
}

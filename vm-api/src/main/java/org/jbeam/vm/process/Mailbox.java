package org.jbeam.vm.process;

import java.util.function.LongPredicate;

import org.jbeam.vm.term.TermTags;

/**
 * A process's message queue and its receive cursor, as BEAM's signal in-queue and private
 * message queue ({@code erl_proc_sig_queue.c}, {@code msg_instrs.tab}).
 *
 * <p>Two parts. The <em>incoming</em> chain takes messages from any thread ({@link #deliver},
 * under this object's lock). The <em>private</em> queue belongs to the owner's scheduler
 * thread; the owner moves incoming messages over at the end of its queue when it looks for a
 * message it has not seen ({@link #current}), so a receive never contends with senders while it
 * scans. Order between one sender and one receiver is kept: both chains are FIFO.
 *
 * <p>The save pointer (the receive cursor) is the message {@code loop_rec} looks at next:
 * {@code loop_rec_end} moves it on, {@code remove_message} takes the message under it and
 * {@code timeout} puts it back at the oldest message. It is kept as the message before it
 * ({@code null}: the oldest), so removal in the middle costs O(1).
 *
 * <p>The receive-marker optimisation ({@code recv_marker_*}) that lets a reference-matching
 * receive skip older messages is not done: a receive always starts from the oldest message.
 */
public final class Mailbox {
    private Message incomingHead;
    private Message incomingTail;
    private Message head;
    private Message tail;
    /** The message before the save pointer, or null when the save pointer is at {@link #head}. */
    private Message beforeSave;
    /** Whether the save pointer ran past the last message (no message under it). */
    private boolean saveAtEnd;
    private int size;
    /** Set when the owner exited: a message that still arrives (sent on another scheduler) is freed at once. */
    private boolean closed;

    /** Appends a message sent by any thread. */
    public synchronized void deliver(Message message) {
        if (closed) {
            message.free();
            return;
        }
        if (incomingTail == null) {
            incomingHead = message;
        } else {
            incomingTail.next = message;
        }
        incomingTail = message;
    }

    /** Whether messages arrived that the owner has not moved to its queue yet. */
    public synchronized boolean hasIncoming() {
        return incomingHead != null;
    }

    /**
     * The owner handles its signal queue as erts does when it is scheduled in: incoming messages
     * move to the private queue, their gates ({@link Message}) deciding now (owner only).
     */
    public void acceptIncoming() {
        takeIncoming();
    }

    /** Visits the queued messages, oldest first ({@code process_info(P, messages)}), after {@link #acceptIncoming}. */
    public void forEach(java.util.function.LongConsumer visitor) {
        for (Message m = head; m != null; m = m.next) {
            visitor.accept(m.term);
        }
    }

    /** Moves incoming messages to the end of the private queue (owner only). */
    private void takeIncoming() {
        Message first;
        Message last;
        synchronized (this) {
            first = incomingHead;
            incomingHead = null;
            incomingTail = null;
        }
        first = admitted(first);
        if (first == null) {
            return;
        }
        last = first;
        size++;
        while (last.next != null) {
            last = last.next;
            size++;
        }
        Message oldTail = tail;
        if (oldTail == null) {
            head = first;
        } else {
            oldTail.next = first;
        }
        tail = last;
        if (saveAtEnd) {
            // The cursor was past the old tail; it now stands on the first new message.
            beforeSave = oldTail;
            saveAtEnd = false;
        }
    }

    /** The chain from {@code first} without the messages their gate refuses (those are freed). */
    private static Message admitted(Message first) {
        Message head = first;
        Message before = null;
        for (Message m = first; m != null; ) {
            Message next = m.next;
            if (m.admit != null && !m.admit.getAsBoolean()) {
                if (before == null) {
                    head = next;
                } else {
                    before.next = next;
                }
                m.next = null;
                m.free();
            } else {
                before = m;
            }
            m = next;
        }
        return head;
    }

    private Message underSave() {
        if (saveAtEnd) {
            return null;
        }
        return beforeSave == null ? head : beforeSave.next;
    }

    /** {@code loop_rec}: the message under the save pointer, or {@link TermTags#NON_VALUE} if none. */
    public long current() {
        Message message = underSave();
        if (message == null) {
            takeIncoming();
            message = underSave();
        }
        return message == null ? TermTags.NON_VALUE : message.term;
    }

    /** {@code loop_rec_end}: moves the save pointer to the next message. */
    public void advance() {
        Message message = underSave();
        if (message == null) {
            return;
        }
        if (message.next == null) {
            saveAtEnd = true;
            beforeSave = message;
        } else {
            beforeSave = message;
        }
    }

    /**
     * {@code remove_message}: takes the message under the save pointer out of the queue,
     * attaches its fragment to {@code heap} (the receiver now points into it) and resets the
     * save pointer.
     */
    public void removeCurrent(ProcessHeap heap) {
        Message message = underSave();
        if (message == null) {
            throw new IllegalStateException("remove_message with no message under the save pointer");
        }
        unlink(beforeSave, message);
        if (message.fragment != null) {
            heap.attachFragment(message.fragment);
        }
        resetSavePointer();
    }

    /** {@code timeout} and the end of every receive: the next receive starts at the oldest message. */
    public void resetSavePointer() {
        beforeSave = null;
        saveAtEnd = head == null;
    }

    /**
     * Drops every queued message whose term {@code matches} (as {@code demonitor(Ref, [flush])}
     * does for the monitor's {@code 'DOWN'}); returns how many were dropped.
     */
    public int removeMatching(LongPredicate matches) {
        takeIncoming();
        int removed = 0;
        Message before = null;
        Message message = head;
        while (message != null) {
            Message next = message.next;
            if (matches.test(message.term)) {
                unlink(before, message);
                message.free();
                removed++;
            } else {
                before = message;
            }
            message = next;
        }
        resetSavePointer();
        return removed;
    }

    private void unlink(Message before, Message message) {
        if (before == null) {
            head = message.next;
        } else {
            before.next = message.next;
        }
        if (tail == message) {
            tail = before;
        }
        message.next = null;
        size--;
    }

    /** Messages in the private queue (incoming ones not counted until taken). */
    public int size() {
        return size;
    }

    /** Frees every message still queued (the owner exited). */
    public void close() {
        synchronized (this) {
            closed = true;
        }
        takeIncoming();
        for (Message m = head; m != null; ) {
            Message next = m.next;
            m.free();
            m = next;
        }
        head = null;
        tail = null;
        beforeSave = null;
        size = 0;
    }
}

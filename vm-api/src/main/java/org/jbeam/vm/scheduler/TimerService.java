package org.jbeam.vm.scheduler;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

import org.jbeam.vm.heap.HeapFragments;

/**
 * Pending timers ordered by monotonic deadline (OTP's {@code erl_hl_timer.c}, here a binary
 * heap rather than a timer wheel): {@code receive ... after}, {@code erlang:send_after/3},
 * {@code erlang:start_timer/3}. Timers with the same deadline fire in the order they were
 * set. A timer that a program can cancel is also found by its reference.
 *
 * <p>The scheduler thread fires due timers between time slices ({@link #fireDue}) and sleeps
 * no longer than {@link #nextDeadline}; only that thread touches this object today.
 */
final class TimerService {
    /** One pending timer; {@code action} runs on the scheduler thread when it fires. */
    static final class Timer implements Comparable<Timer> {
        final long deadlineNanos;
        final long sequence;
        final RefKey key;
        final Runnable action;
        boolean cancelled;
        /** A message waiting to be sent when the timer fires; freed if it never is. */
        HeapFragments payload;

        Timer(long deadlineNanos, long sequence, RefKey key, Runnable action) {
            this.deadlineNanos = deadlineNanos;
            this.sequence = sequence;
            this.key = key;
            this.action = action;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(deadlineNanos, other.deadlineNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Timer> pending = new PriorityQueue<>();
    private final Map<RefKey, Timer> byReference = new HashMap<>();
    private long sequence;

    /** Sets a timer firing {@code millis} from now; {@code key} may be null (not cancellable by reference). */
    Timer start(long millis, RefKey key, Runnable action) {
        long deadline = System.nanoTime() + Math.multiplyExact(millis, 1_000_000L);
        Timer timer = new Timer(deadline, sequence++, key, action);
        pending.add(timer);
        if (key != null) {
            byReference.put(key, timer);
        }
        return timer;
    }

    /** Cancels a timer; it will not fire. */
    void cancel(Timer timer) {
        timer.cancelled = true;
        if (timer.payload != null) {
            timer.payload.close();
            timer.payload = null;
        }
        pending.remove(timer);
        if (timer.key != null) {
            byReference.remove(timer.key);
        }
    }

    /** Cancels the timer set with reference {@code key}; the milliseconds it had left, or -1 if none. */
    long cancel(RefKey key) {
        Timer timer = byReference.get(key);
        if (timer == null) {
            return -1;
        }
        cancel(timer);
        return Math.max(0, (timer.deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /** Milliseconds left on the timer with reference {@code key}, or -1 if none. */
    long remaining(RefKey key) {
        Timer timer = byReference.get(key);
        return timer == null ? -1 : Math.max(0, (timer.deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /** Fires every timer due by now, in deadline order. */
    void fireDue() {
        long now = System.nanoTime();
        while (!pending.isEmpty() && pending.peek().deadlineNanos - now <= 0) {
            Timer timer = pending.poll();
            if (timer.key != null) {
                byReference.remove(timer.key);
            }
            timer.action.run();
        }
    }

    /** The earliest deadline ({@link System#nanoTime} scale), or {@link Long#MAX_VALUE} with none. */
    long nextDeadline() {
        Timer first = pending.peek();
        return first == null ? Long.MAX_VALUE : first.deadlineNanos;
    }

    int size() {
        return pending.size();
    }

    /** Drops every pending timer, freeing the messages they held. */
    void close() {
        for (Timer timer : pending) {
            if (timer.payload != null) {
                timer.payload.close();
                timer.payload = null;
            }
        }
        pending.clear();
        byReference.clear();
    }
}

package org.jbeam.vm.scheduler;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jbeam.vm.heap.HeapFragments;

/**
 * Pending timers ordered by monotonic deadline (OTP's {@code erl_hl_timer.c}, here an indexed
 * binary heap rather than a timer wheel): {@code receive ... after}, {@code erlang:send_after/3},
 * {@code erlang:start_timer/3}. Timers with the same deadline fire in the order they were
 * set. A timer that a program can cancel is also found by its reference.
 *
 * <p>Costs, for n pending timers: setting one is O(log n), cancelling one (by its object or
 * its reference) O(log n), as each timer knows its slot in the heap; firing the earliest is
 * O(log n). A pending timer holds no thread: only a small object here, its reference's key,
 * and the message it will send in a heap fragment of the message's own size. The heap's array
 * shrinks when most timers are gone, so a burst of timers leaves no large array behind.
 *
 * <p>Every scheduler thread fires due timers between time slices ({@link #fireDue}) and sleeps
 * no longer than {@link #nextDeadline}; processes on any scheduler set, read and cancel timers.
 * So every method holds this object's lock, except a timer's action: {@link #fireDue} takes the
 * due timers out under the lock and runs their actions after releasing it, so that an action
 * may take other locks (a process's, a run queue's) and set new timers.
 */
final class TimerService {
    private static final int INITIAL_CAPACITY = 64;

    /** One pending timer; {@code action} runs on a scheduler thread when it fires, given the timer. */
    static final class Timer {
        final long deadlineNanos;
        final long sequence;
        final RefKey key;
        final Consumer<Timer> action;
        /** A message waiting to be sent when the timer fires; freed if it never is. */
        HeapFragments payload;
        /** Where the timer is in the heap's array; -1 once it fired or was cancelled. */
        private int slot = -1;

        Timer(long deadlineNanos, long sequence, RefKey key, Consumer<Timer> action) {
            this.deadlineNanos = deadlineNanos;
            this.sequence = sequence;
            this.key = key;
            this.action = action;
        }

        boolean isBefore(Timer other) {
            long byTime = deadlineNanos - other.deadlineNanos;
            return byTime != 0 ? byTime < 0 : sequence < other.sequence;
        }
    }

    private Timer[] heap = new Timer[INITIAL_CAPACITY];
    private int size;
    private final Map<RefKey, Timer> byReference = new HashMap<>();
    private long sequence;

    /** Sets a timer firing {@code millis} from now; {@code key} may be null (not cancellable by reference). */
    synchronized Timer start(long millis, RefKey key, Consumer<Timer> action) {
        long deadline = System.nanoTime() + Math.multiplyExact(millis, 1_000_000L);
        Timer timer = new Timer(deadline, sequence++, key, action);
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        place(timer, size++);
        siftUp(timer.slot);
        if (key != null) {
            byReference.put(key, timer);
        }
        return timer;
    }

    /** Cancels a timer; it will not fire. Cancelling one that already fired does nothing. */
    synchronized void cancel(Timer timer) {
        if (timer.slot < 0) {
            return; // fired (its action owns the payload now) or cancelled before
        }
        if (timer.payload != null) {
            timer.payload.close();
            timer.payload = null;
        }
        removeAt(timer.slot);
        if (timer.key != null) {
            byReference.remove(timer.key);
        }
    }

    /** Cancels the timer set with reference {@code key}; the milliseconds it had left, or -1 if none. */
    synchronized long cancel(RefKey key) {
        Timer timer = byReference.get(key);
        if (timer == null) {
            return -1;
        }
        cancel(timer);
        return Math.max(0, (timer.deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /** Milliseconds left on the timer with reference {@code key}, or -1 if none. */
    synchronized long remaining(RefKey key) {
        Timer timer = byReference.get(key);
        return timer == null ? -1 : Math.max(0, (timer.deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /**
     * Fires every timer due by now, in deadline order. Two schedulers firing at once each take
     * a disjoint set of timers; the actions run outside the lock.
     */
    void fireDue() {
        java.util.List<Timer> due = null;
        synchronized (this) {
            long now = System.nanoTime();
            while (size > 0 && heap[0].deadlineNanos - now <= 0) {
                Timer timer = heap[0];
                removeAt(0);
                if (timer.key != null) {
                    byReference.remove(timer.key);
                }
                if (due == null) {
                    due = new java.util.ArrayList<>();
                }
                due.add(timer);
            }
        }
        if (due != null) {
            for (Timer timer : due) {
                timer.action.accept(timer);
            }
        }
    }

    /** The earliest deadline ({@link System#nanoTime} scale), or {@link Long#MAX_VALUE} with none. */
    synchronized long nextDeadline() {
        return size == 0 ? Long.MAX_VALUE : heap[0].deadlineNanos;
    }

    synchronized int size() {
        return size;
    }

    /** Drops every pending timer, freeing the messages they held. */
    synchronized void close() {
        for (int i = 0; i < size; i++) {
            Timer timer = heap[i];
            timer.slot = -1;
            if (timer.payload != null) {
                timer.payload.close();
                timer.payload = null;
            }
        }
        heap = new Timer[INITIAL_CAPACITY];
        size = 0;
        byReference.clear();
    }

    private void place(Timer timer, int slot) {
        heap[slot] = timer;
        timer.slot = slot;
    }

    /** Takes the timer at {@code slot} out: the last one fills the hole and moves up or down. */
    private void removeAt(int slot) {
        Timer removed = heap[slot];
        removed.slot = -1;
        Timer last = heap[--size];
        heap[size] = null;
        if (slot < size) {
            place(last, slot);
            siftDown(slot);
            if (last.slot == slot) {
                siftUp(slot);
            }
        }
        if (heap.length > INITIAL_CAPACITY && size < heap.length / 4) {
            heap = Arrays.copyOf(heap, heap.length / 2);
        }
    }

    private void siftUp(int slot) {
        Timer timer = heap[slot];
        int at = slot;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!timer.isBefore(heap[parent])) {
                break;
            }
            place(heap[parent], at);
            at = parent;
        }
        place(timer, at);
    }

    private void siftDown(int slot) {
        Timer timer = heap[slot];
        int at = slot;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1].isBefore(heap[child])) {
                child++;
            }
            if (!heap[child].isBefore(timer)) {
                break;
            }
            place(heap[child], at);
            at = child;
        }
        place(timer, at);
    }
}

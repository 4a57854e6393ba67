package org.jbeam.vm.scheduler;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jbeam.vm.process.ErlangProcess;

/**
 * One scheduler's queue of runnable processes (OTP's per-scheduler {@code ErtsRunQueue}): a
 * first-in-first-out queue per {@link Priority}, {@code normal} and {@code low} sharing one.
 * Any thread may add (a message wakes a process from another scheduler's thread); the owning
 * scheduler takes, waiting while it is empty.
 */
final class RunQueue {
    private final ArrayDeque<ErlangProcess> max = new ArrayDeque<>();
    private final ArrayDeque<ErlangProcess> high = new ArrayDeque<>();
    private final ArrayDeque<ErlangProcess> normalAndLow = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    /** A nudge that came while the scheduler was not waiting: its next {@link #take} must not sleep. */
    private boolean nudged;

    void add(ErlangProcess process) {
        lock.lock();
        try {
            laneOf(process).addLast(process);
            nonEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves a queued process to the lane of the priority it has now (set by {@code spawn_opt}
     * after the spawn queued it); a process that is not queued is left alone.
     */
    void reprioritize(ErlangProcess process) {
        lock.lock();
        try {
            for (ArrayDeque<ErlangProcess> lane : List.of(max, high, normalAndLow)) {
                // A process is found near the tail: it was queued just before its priority was set.
                if (lane.removeLastOccurrence(process)) {
                    laneOf(process).addLast(process);
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private ArrayDeque<ErlangProcess> laneOf(ErlangProcess process) {
        return switch (process.control().options.priorityLevel) {
            case MAX -> max;
            case HIGH -> high;
            case NORMAL, LOW -> normalAndLow;
        };
    }

    /** The next process by priority; a low one is passed over until its turn comes. */
    private ErlangProcess next() {
        if (!max.isEmpty()) {
            return max.pollFirst();
        }
        if (!high.isEmpty()) {
            return high.pollFirst();
        }
        while (true) {
            ErlangProcess process = normalAndLow.pollFirst();
            if (process == null || process.control().options.priorityLevel != Priority.LOW
                    || ++process.control().lowTurns >= Priority.LOW_TURNS) {
                if (process != null) {
                    process.control().lowTurns = 0;
                }
                return process;
            }
            normalAndLow.addLast(process);
        }
    }

    /** Wakes a scheduler waiting in {@link #take} without adding anything (stop, new timer). */
    void nudge() {
        lock.lock();
        try {
            nudged = true;
            nonEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next process, waiting at most until {@code deadlineNanos} ({@link System#nanoTime})
     * for one; null at the deadline or when woken by {@link #nudge}.
     */
    ErlangProcess take(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            if (isEmpty() && !nudged) {
                long wait = deadlineNanos - System.nanoTime();
                if (wait > 0) {
                    nonEmpty.awaitNanos(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
                }
            }
            nudged = false;
            return next();
        } finally {
            lock.unlock();
        }
    }

    private boolean isEmpty() {
        return max.isEmpty() && high.isEmpty() && normalAndLow.isEmpty();
    }

    int size() {
        lock.lock();
        try {
            return max.size() + high.size() + normalAndLow.size();
        } finally {
            lock.unlock();
        }
    }
}

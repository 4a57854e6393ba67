package org.jbeam.vm.scheduler;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jbeam.vm.process.ErlangProcess;

/**
 * One scheduler's queue of runnable processes, first in first out (OTP's per-scheduler
 * {@code ErtsRunQueue}, one priority level). Any thread may add (a message wakes a process
 * from another scheduler's thread); the owning scheduler takes, waiting while it is empty.
 */
final class RunQueue {
    private final ArrayDeque<ErlangProcess> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    /** A nudge that came while the scheduler was not waiting: its next {@link #take} must not sleep. */
    private boolean nudged;

    void add(ErlangProcess process) {
        lock.lock();
        try {
            queue.addLast(process);
            nonEmpty.signal();
        } finally {
            lock.unlock();
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
            if (queue.isEmpty() && !nudged) {
                long wait = deadlineNanos - System.nanoTime();
                if (wait > 0) {
                    nonEmpty.awaitNanos(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
                }
            }
            nudged = false;
            return queue.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }
}

package org.jbeam.vm.scheduler;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

import org.jbeam.vm.process.ErlangProcess;

/**
 * One scheduler's queue of runnable processes (OTP's per-scheduler {@code ErtsRunQueue}): a
 * first-in-first-out queue per {@link Priority}, {@code normal} and {@code low} sharing one.
 * Any thread may add (a message wakes a process from another scheduler's thread); the owning
 * scheduler polls, and an idle scheduler steals from it ({@link WorkStealing}) by polling too,
 * so the queue has a lock. Sleeping while it is empty is the {@link Scheduler}'s business.
 */
final class RunQueue {
    private final ArrayDeque<ErlangProcess> max = new ArrayDeque<>();
    private final ArrayDeque<ErlangProcess> high = new ArrayDeque<>();
    private final ArrayDeque<ErlangProcess> normalAndLow = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    /** The queued processes, readable without the lock (statistics, choosing where to place or steal). */
    private volatile int length;

    void add(ErlangProcess process) {
        lock.lock();
        try {
            laneOf(process).addLast(process);
            length++;
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
        ErlangProcess process = nextByLane();
        if (process != null) {
            length--;
        }
        return process;
    }

    private ErlangProcess nextByLane() {
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

    /** The next process by priority, or null when the queue is empty (the owner, or a thief). */
    ErlangProcess poll() {
        lock.lock();
        try {
            return next();
        } finally {
            lock.unlock();
        }
    }

    /** How many processes wait in the queue (a snapshot; OTP's {@code erts_run_queue_len}). */
    int size() {
        return length;
    }
}

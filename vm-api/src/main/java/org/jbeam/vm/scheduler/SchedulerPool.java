package org.jbeam.vm.scheduler;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.jbeam.vm.process.ErlangProcess;

/**
 * The N scheduler threads of one VM (erl's {@code +S N}; OTP's scheduler array and its load
 * balancing in {@code erl_process.c}), and where runnable work goes:
 *
 * <ul>
 * <li>A new or woken process joins the run queue of the scheduler whose thread spawned or woke
 * it (it is likely to talk to the process that did, and that cache is warm); from any other
 * thread (an embedder, a port's reader) it joins the queue of the scheduler it last ran on,
 * else the shortest.
 * <li>Whenever work is queued on a scheduler that is not asleep, one sleeping scheduler is
 * woken to steal it ({@link WorkStealing}), as OTP wakes idle schedulers when run queues grow;
 * so runnable processes spread over the threads while idle ones sleep without spinning.
 * <li>Only the first {@code schedulers_online} schedulers run processes; the queues of the
 * others are stolen empty ({@code erlang:system_flag(schedulers_online, N)}).
 * <li>Work that Java threads hand over ({@link #submit}: port input) runs on whichever
 * scheduler gets to it first, one task at a time in the order given.
 * </ul>
 */
final class SchedulerPool {
    private final Scheduler[] schedulers;
    private final AtomicInteger online;
    /** {@code system_flag(multi_scheduling, block)}: only scheduler 1 runs processes until unblocked. */
    private volatile boolean blocked;
    /** The scheduler the current thread is, or null on a thread that is not one. */
    final ThreadLocal<Scheduler> current = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    /** Held while a handed-over task is taken and run, so tasks never overlap or reorder. */
    private final ReentrantLock handOverOrder = new ReentrantLock();
    private final ReentrantLock signalLock;

    SchedulerPool(ProcessRuntime runtime, int count, ReentrantLock signalLock) {
        if (count < 1) {
            throw new IllegalArgumentException("a VM needs at least one scheduler, not " + count);
        }
        this.schedulers = new Scheduler[count];
        for (int i = 0; i < count; i++) {
            schedulers[i] = new Scheduler(runtime, this, i + 1);
        }
        this.online = new AtomicInteger(count);
        this.signalLock = signalLock;
    }

    Scheduler[] schedulers() {
        return schedulers;
    }

    int count() {
        return schedulers.length;
    }

    int online() {
        return online.get();
    }

    boolean isOnline(Scheduler scheduler) {
        return scheduler.id <= running();
    }

    /** How many schedulers take work now: those online, or one while multi-scheduling is blocked. */
    private int running() {
        return blocked ? 1 : online.get();
    }

    boolean blocked() {
        return blocked;
    }

    /** Blocks or unblocks multi-scheduling; the schedulers are woken to see it. */
    void setBlocked(boolean block) {
        blocked = block;
        for (Scheduler scheduler : schedulers) {
            scheduler.wake();
        }
    }

    /** {@code system_flag(schedulers_online, N)}: the old count; wakes the schedulers that may now run. */
    int setOnline(int count) {
        if (count < 1 || count > schedulers.length) {
            throw new IllegalArgumentException("schedulers online must be 1.." + schedulers.length);
        }
        int old = online.getAndSet(count);
        for (Scheduler scheduler : schedulers) {
            scheduler.wake(); // an offline one stops taking work, an online one may steal its queue
        }
        return old;
    }

    void start() {
        for (Scheduler scheduler : schedulers) {
            scheduler.start();
        }
    }

    /** Stops every scheduler and waits for their threads (except the calling one). */
    void stop() {
        for (Scheduler scheduler : schedulers) {
            scheduler.requestStop();
        }
        for (Scheduler scheduler : schedulers) {
            scheduler.stop();
        }
    }

    /** How long a halting scheduler waits for each other one to end its slice. */
    private static final long HALT_WAIT_MILLIS = 2000;

    /** Stops every scheduler after its current slice and waits for all but the calling one. */
    void stopOthers() {
        for (Scheduler scheduler : schedulers) {
            scheduler.requestStop();
        }
        for (Scheduler scheduler : schedulers) {
            if (!scheduler.isCurrentThread()) {
                scheduler.awaitEnd(HALT_WAIT_MILLIS);
            }
        }
    }

    /** Stops every scheduler after its current slice, without waiting ({@code halt}). */
    void requestStop() {
        for (Scheduler scheduler : schedulers) {
            scheduler.requestStop();
        }
    }

    /** Queues a runnable process where the policy above says, and makes sure a thread will run it. */
    void enqueue(ErlangProcess process) {
        Scheduler target = placeFor(process);
        target.enqueue(process);
        workQueued(target);
    }

    private Scheduler placeFor(ErlangProcess process) {
        Scheduler here = current.get();
        if (here != null && isOnline(here)) {
            return here;
        }
        int last = process.control().lastScheduler;
        int running = running();
        if (last >= 1 && last <= running) {
            return schedulers[last - 1];
        }
        Scheduler shortest = schedulers[0];
        for (int i = 1; i < running; i++) {
            if (schedulers[i].queue.size() < shortest.queue.size()) {
                shortest = schedulers[i];
            }
        }
        return shortest;
    }

    /**
     * Work was queued on {@code target}: wake it if it sleeps, else wake one sleeping online
     * scheduler to steal (the target is busy with a slice, or is the caller itself).
     */
    void workQueued(Scheduler target) {
        if (target.sleeping) {
            target.wake();
            return;
        }
        wakeOneSleeper(target);
    }

    private void wakeOneSleeper(Scheduler besides) {
        int n = running();
        for (int i = 0; i < n; i++) {
            Scheduler scheduler = schedulers[i];
            if (scheduler != besides && scheduler.sleeping) {
                scheduler.wake();
                return;
            }
        }
    }

    /** Runs {@code task} on a scheduler thread between slices; callable from any thread. */
    void submit(Runnable task) {
        handedOver.add(task);
        wakeOneSleeper(null);
    }

    boolean hasHandedOver() {
        return !handedOver.isEmpty();
    }

    /**
     * Runs the handed-over tasks, oldest first, under the signal lock: a port task sends
     * messages and exit signals as a process does. A scheduler that finds another running them
     * goes on with its processes.
     */
    void runHandedOver() {
        if (handedOver.isEmpty() || !handOverOrder.tryLock()) {
            return;
        }
        try {
            for (Runnable task = handedOver.poll(); task != null; task = handedOver.poll()) {
                signalLock.lock();
                try {
                    task.run();
                } finally {
                    signalLock.unlock();
                }
            }
        } finally {
            handOverOrder.unlock();
        }
    }

    /** The scheduler id of the calling thread (erl's {@code system_info(scheduler_id)}), 1 off a scheduler. */
    int currentId() {
        Scheduler here = current.get();
        return here == null ? 1 : here.id;
    }

    /** Processes waiting in each scheduler's queue, by scheduler id. */
    int[] queueLengths() {
        int[] lengths = new int[schedulers.length];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = schedulers[i].queue.size();
        }
        return lengths;
    }

    /** Per scheduler: {active nanoseconds, nanoseconds since it started}. */
    long[][] wallTimes() {
        long now = System.nanoTime();
        long[][] times = new long[schedulers.length][];
        for (int i = 0; i < times.length; i++) {
            times[i] = new long[] {schedulers[i].activeNanos, now - schedulers[i].startNanos};
        }
        return times;
    }

    /** Frees the schedulers' register files (after {@link #stop}). */
    void close() {
        for (Scheduler scheduler : schedulers) {
            scheduler.registers.close();
        }
    }
}

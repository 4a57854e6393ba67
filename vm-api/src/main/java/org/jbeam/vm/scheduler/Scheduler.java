package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.TierSlices;
import org.jbeam.vm.tier.TierStatus;

/**
 * One scheduler thread, its run queue and its X and float registers (OTP's
 * {@code erts_schedule}, one per {@code ErtsSchedulerData}): take the next runnable process
 * from its own queue, else steal one ({@link WorkStealing}), let its tiers run it for one time
 * slice ({@link TierSlices}: it starts in the tier of its first function, resumes in the tier
 * that yielded, and moves between tiers inside the slice), then act on the status:
 *
 * <ul>
 * <li>{@code YIELDED}: back of this scheduler's run queue;
 * <li>{@code WAITING}: parked, holding no thread, until a message or its timeout wakes it
 * (unless one arrived meanwhile: then back of the queue);
 * <li>{@code FINISHED}: exits with reason {@code normal};
 * <li>{@code RAISED}: exits with the exception's reason: {@code exit} as is, {@code error} as
 * {@code {Reason, Stack}}, {@code throw} as {@code {{nocatch, Value}, Stack}} (the stack the
 * tier recorded, else {@code []}).
 * </ul>
 *
 * An exit signal that came during the slice ({@link ProcessControl#pendingExitReason}) ends the
 * process instead. Between slices it fires due timers and runs the work ports hand over
 * ({@link SchedulerPool#runHandedOver}); with nothing to run or steal it sleeps (parked, no
 * spinning) until the pool wakes it for new work or the next timer is due. A scheduler taken
 * offline runs nothing and leaves its queue to the others to steal.
 */
final class Scheduler {
    private final ProcessRuntime runtime;
    private final SchedulerPool pool;
    final RunQueue queue = new RunQueue();
    /** The X and float registers the process this scheduler runs works in. */
    final org.jbeam.vm.process.RegisterFile registers = new org.jbeam.vm.process.RegisterFile();
    /** Erlang's scheduler id, from 1. */
    final int id;
    private volatile boolean stopping;
    /** Whether the thread is (about to be) parked; the pool unparks a sleeping scheduler when work comes. */
    volatile boolean sleeping;
    /** Nanoseconds spent running slices and since the thread started ({@code scheduler_wall_time}). */
    volatile long activeNanos;
    volatile long startNanos;
    private Thread thread;

    Scheduler(ProcessRuntime runtime, SchedulerPool pool, int id) {
        this.runtime = runtime;
        this.pool = pool;
        this.id = id;
    }

    void enqueue(ErlangProcess process) {
        queue.add(process);
    }

    void start() {
        startNanos = System.nanoTime();
        thread = Thread.ofPlatform().name("jbeam-scheduler-" + id).daemon().start(this::loop);
    }

    /** Wakes the thread if it sleeps (a permit otherwise: its next sleep returns at once). */
    void wake() {
        Thread t = thread;
        if (t != null) {
            java.util.concurrent.locks.LockSupport.unpark(t);
        }
    }

    boolean isCurrentThread() {
        return thread == Thread.currentThread();
    }

    /** Ends the loop after the current slice and waits for the thread (unless called on it). */
    void stop() {
        requestStop();
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits at most {@code millis} for the thread to end (after {@link #requestStop}). */
    void awaitEnd(long millis) {
        Thread t = thread;
        if (t != null) {
            try {
                t.join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the loop after the current slice without waiting for it (safe on any thread). */
    void requestStop() {
        stopping = true;
        wake();
    }

    private void loop() {
        pool.current.set(this);
        try {
            while (!stopping) {
                runtime.timers.fireDue();
                pool.runHandedOver();
                ErlangProcess process = pool.isOnline(this) ? nextProcess() : null;
                if (process == null) {
                    process = sleep();
                }
                if (process != null && !stopping) {
                    runSlice(process);
                }
            }
        } catch (Error e) {
            // A JVM error in the runtime (out of memory, a class that cannot load, a Java stack
            // overflow): the VM cannot go on safely, so it halts as erl does when the emulator
            // aborts, rather than leave every process waiting on a dead scheduler.
            System.err.println("jbeam: fatal error in the scheduler: " + e);
            e.printStackTrace();
            runtime.halt(1);
        }
    }

    private ErlangProcess nextProcess() {
        ErlangProcess process = queue.poll();
        return process != null ? process : WorkStealing.steal(this, pool.schedulers());
    }

    /**
     * Parks until woken or the next timer is due. The flag is raised before the last look for
     * work, and the pool queues work before it reads the flag, so one of the two always sees
     * the other (both are volatile or lock accesses): no wake-up is lost. Returns the process
     * that last look found, else null after the sleep.
     */
    private ErlangProcess sleep() {
        sleeping = true;
        try {
            if (stopping || pool.hasHandedOver()) {
                return null;
            }
            if (pool.isOnline(this)) {
                ErlangProcess process = nextProcess();
                if (process != null) {
                    return process;
                }
            }
            long wait = runtime.timers.nextDeadline() - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(this, Math.min(wait, 1_000_000_000L));
            }
            return null;
        } finally {
            sleeping = false;
        }
    }

    private void runSlice(ErlangProcess process) {
        ProcessControl control = process.control();
        control.runLock.lock();
        try {
            if (!control.beginSlice()) {
                return; // killed while it waited in the run queue
            }
            control.lastScheduler = id;
            long began = System.nanoTime();
            runSliceOnThisThread(process, control);
            activeNanos += System.nanoTime() - began;
        } finally {
            control.runLock.unlock();
        }
    }

    private void runSliceOnThisThread(ErlangProcess process, ProcessControl control) {
        TierStatus status;
        runtime.running.set(process);
        process.attachRegisters(registers);
        try {
            process.mailbox().acceptIncoming();
            status = control.markStarted()
                    ? TierSlices.start(runtime.tiers, runtime.tiers.startingTier(control.startEntry(), runtime.atoms),
                            process, control.startEntry())
                    : TierSlices.resume(runtime.tiers, process);
        } catch (RuntimeException e) {
            // A fault in the runtime itself ends this process only, never the scheduler; it is
            // a jbeam bug, so it is reported where a developer sees it.
            System.err.println("jbeam: internal error in the tier: " + e + where(e));
            process.setExitReason(ErlangException.error(runtime.atoms().atom("jbeam_internal_error"),
                    "internal error in the tier: " + e));
            status = TierStatus.RAISED;
        } finally {
            runtime.running.remove();
        }
        if (control.exitPendingAfterSlice()) {
            endByExitSignal(process, control);
            return;
        }
        switch (status) {
            case YIELDED -> {
                process.detachRegisters(); // keeps the live X registers the tier named
                if (control.yieldUnlessKilled() == ProcessControl.State.EXITING) {
                    endByExitSignal(process, control);
                } else {
                    requeue(process);
                }
            }
            case WAITING -> {
                process.detachRegisters();
                switch (control.parkUnlessWoken()) {
                    case EXITING -> endByExitSignal(process, control);
                    case RUNNABLE -> requeue(process);
                    default -> { } // parked: a message or its timer queues it again
                }
            }
            case FINISHED -> {
                control.setExiting();
                runtime.signals.terminate(process, Atoms.NORMAL, true); // observers read X0 first
                process.releaseRegisters();
            }
            case RAISED -> {
                control.setExiting();
                long reason = exitReason(process);
                if (process.exitReason().kind() != ErlangException.Kind.EXIT) {
                    runtime.crashReports.report(process, reason); // erts logs errors and throws only
                }
                runtime.signals.terminate(process, reason, false);
                process.releaseRegisters();
            }
            default -> throw new IllegalStateException("a hand-over status left the slice loop: " + status);
        }
    }

    /**
     * Back of this queue; a sleeping scheduler is woken only if others wait too (alone, it runs
     * next here), or if this scheduler was just taken offline (then another must steal it).
     */
    private void requeue(ErlangProcess process) {
        queue.add(process);
        if (queue.size() > 1 || !pool.isOnline(this)) {
            pool.workQueued(this);
        }
    }

    /** Ends a process killed during its slice: the reason's fragment joins its heap first. */
    private void endByExitSignal(ErlangProcess process, ProcessControl control) {
        long reason;
        synchronized (control) {
            reason = control.pendingExitReason;
            if (control.pendingExitFragment != null) {
                process.heap().attachFragment(control.pendingExitFragment);
                control.pendingExitFragment = null;
            }
        }
        runtime.signals.terminate(process, reason, false);
        process.releaseRegisters();
    }

    /** The exit reason of a process that an exception ended, built in a fragment its heap keeps. */
    private static long exitReason(ErlangProcess process) {
        ErlangException e = process.exitReason();
        HeapFragments fragment = new HeapFragments(64);
        process.heap().attachFragment(fragment);
        long reason = TermCopier.copy(e.reason(), fragment);
        long trace = process.exitStackTrace() == TermTags.NON_VALUE ? TermTags.NIL
                : TermCopier.copy(process.exitStackTrace(), fragment);
        return switch (e.kind()) {
            case EXIT -> reason;
            case ERROR -> Tuples.make(fragment, reason, trace);
            case THROW -> Tuples.make(fragment, Tuples.make(fragment, nocatch(process), reason), trace);
        };
    }

    private static long nocatch(ErlangProcess process) {
        return process.control().runtime().atoms().atom("nocatch");
    }

    /** The innermost frames of an internal error, enough for a bug report without flooding stderr. */
    private static String where(Throwable e) {
        StringBuilder text = new StringBuilder();
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
            text.append(i == 0 ? " at " : "\n    at ").append(frames[i]);
        }
        return text.toString();
    }
}

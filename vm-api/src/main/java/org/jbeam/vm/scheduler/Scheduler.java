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
 * One scheduler thread and its run queue (OTP's {@code erts_schedule}): take the next runnable
 * process, let its tiers run it for one time slice ({@link TierSlices}: it starts in the tier of its
 * first function, resumes in the tier that yielded, and moves between tiers inside the slice),
 * then act on the status:
 *
 * <ul>
 * <li>{@code YIELDED}: back of the run queue;
 * <li>{@code WAITING}: parked, holding no thread, until a message or its timeout wakes it
 * (unless one arrived meanwhile: then back of the queue);
 * <li>{@code FINISHED}: exits with reason {@code normal};
 * <li>{@code RAISED}: exits with the exception's reason: {@code exit} as is, {@code error} as
 * {@code {Reason, Stack}}, {@code throw} as {@code {{nocatch, Value}, Stack}} (the stack the
 * tier recorded, else {@code []}).
 * </ul>
 *
 * Between slices it fires due timers; with nothing to run it sleeps until the next timer.
 */
final class Scheduler {
    private final ProcessRuntime runtime;
    private final RunQueue queue = new RunQueue();
    private final int index;
    private volatile boolean stopping;
    /** Work other Java threads hand to this scheduler's thread (port drivers' input). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> handedOver =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private Thread thread;

    Scheduler(ProcessRuntime runtime, int index) {
        this.runtime = runtime;
        this.index = index;
    }

    void enqueue(ErlangProcess process) {
        queue.add(process);
    }

    void reprioritize(ErlangProcess process) {
        queue.reprioritize(process);
    }

    /** Runs {@code task} on this scheduler's thread between slices; callable from any thread. */
    void submit(Runnable task) {
        handedOver.add(task);
        queue.nudge();
    }

    void start() {
        thread = Thread.ofPlatform().name("jbeam-scheduler-" + index).daemon().start(this::loop);
    }

    void stop() {
        stopping = true;
        queue.nudge();
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the loop after the current slice without waiting for it (safe on the scheduler thread). */
    void requestStop() {
        stopping = true;
        queue.nudge();
    }

    private void loop() {
        try {
            while (!stopping) {
                runtime.timers.fireDue();
                for (Runnable task = handedOver.poll(); task != null && !stopping; task = handedOver.poll()) {
                    task.run();
                }
                ErlangProcess process = queue.take(runtime.timers.nextDeadline());
                if (process != null && !stopping) {
                    runSlice(process);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            // A JVM error in the runtime (out of memory, a class that cannot load, a Java stack
            // overflow): the VM cannot go on safely, so it halts as erl does when the emulator
            // aborts, rather than leave every process waiting on a dead scheduler.
            System.err.println("jbeam: fatal error in the scheduler: " + e);
            e.printStackTrace();
            runtime.halt(1);
        }
    }

    private void runSlice(ErlangProcess process) {
        ProcessControl control = process.control();
        if (control.state() == ProcessControl.State.EXITED) {
            return; // killed while it waited in the run queue
        }
        control.setState(ProcessControl.State.RUNNING);
        TierStatus status;
        runtime.running.set(process);
        process.attachRegisters(runtime.registers);
        try {
            process.mailbox().acceptIncoming();
            status = control.markStarted()
                    ? TierSlices.start(runtime.tiers, runtime.tiers.startingTier(control.startEntry(), runtime.atoms),
                            process, control.startEntry())
                    : TierSlices.resume(runtime.tiers, process);
        } catch (RuntimeException e) {
            // A fault in the runtime itself ends this process only, never the scheduler; it is
            // a jbeam bug, so it is reported where a developer sees it.
            System.err.println("jbeam: internal error in the tier: " + e
                    + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
            process.setExitReason(ErlangException.error(runtime.atoms().atom("jbeam_internal_error"),
                    "internal error in the tier: " + e));
            status = TierStatus.RAISED;
        } finally {
            runtime.running.remove();
        }
        if (control.pendingExitReason != TermTags.NON_VALUE) {
            runtime.signals.terminate(process, control.pendingExitReason, false);
            process.releaseRegisters();
            return;
        }
        switch (status) {
            case YIELDED -> {
                process.detachRegisters(); // keeps the live X registers the tier named
                control.setState(ProcessControl.State.RUNNABLE);
                queue.add(process);
            }
            case WAITING -> {
                process.detachRegisters();
                if (!control.parkUnlessWoken()) {
                    queue.add(process);
                }
            }
            case FINISHED -> {
                runtime.signals.terminate(process, Atoms.NORMAL, true); // observers read X0 first
                process.releaseRegisters();
            }
            case RAISED -> {
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
}

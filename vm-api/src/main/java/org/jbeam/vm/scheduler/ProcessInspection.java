package org.jbeam.vm.scheduler;

import java.util.function.LongSupplier;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.process.ErlangProcess;

/**
 * Reading another process's state ({@code process_info/1,2}, {@code check_process_code}) while
 * schedulers run processes in parallel. OTP sends the target a signal and lets it answer
 * between its own slices ({@code erts_proc_sig_send_rpc_request}); here the asker takes the
 * target's run lock ({@link ProcessControl#runLock}, a fair lock, so the target's scheduler
 * waits for the asker before the next slice): when it gets it, the target is between slices
 * and no scheduler can start it until the read is done. The asker waits at most
 * {@link #WAIT_MILLIS} (a slice or a few); then the BIF traps to itself after spending its
 * slice and tries again the next one, so two processes inspecting each other cannot deadlock.
 * The read also holds the signal lock, so the target's links and monitors hold still.
 */
public final class ProcessInspection {
    /** How long an asker's scheduler waits for the target's slice to end before retrying later. */
    static final long WAIT_MILLIS = 10;

    private ProcessInspection() {}

    /**
     * {@code read} run while {@code target} (not {@code asker}) cannot run; {@code undefined}
     * if it exited meanwhile; or a trap to {@code retry} with {@code args} when it is running.
     */
    public static long read(ErlangProcess asker, ErlangProcess target, LongSupplier read, BifTrap retry, long[] args) {
        ProcessControl control = target.control();
        if (target != asker && !lockWithinWait(control)) {
            asker.spendSlice();
            return asker.trap(retry, java.util.Arrays.copyOf(args, retry.arity()));
        }
        ProcessRuntime runtime = asker.control().runtime();
        runtime.signalLock.lock();
        try {
            ProcessControl.State state = control.state();
            if (target != asker && (state == ProcessControl.State.EXITING || state == ProcessControl.State.EXITED)) {
                return Atoms.UNDEFINED;
            }
            return read.getAsLong();
        } finally {
            runtime.signalLock.unlock();
            if (target != asker) {
                control.runLock.unlock();
            }
        }
    }

    private static boolean lockWithinWait(ProcessControl control) {
        try {
            return control.runLock.tryLock(WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The trap that calls {@code bif} again with its own arguments. */
    public static BifTrap retrying(Bif bif, int arity) {
        return new BifTrap(bif, arity);
    }
}

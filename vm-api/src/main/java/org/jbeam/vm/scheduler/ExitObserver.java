package org.jbeam.vm.scheduler;

import org.jbeam.vm.process.ErlangProcess;

/**
 * Told when a process exits, before its memory is freed, on the thread that ends it (its own
 * scheduler's, or the one of the process that killed it), under the signal lock: a launcher
 * or test harness reads the first process's result here.
 */
@FunctionalInterface
public interface ExitObserver {
    /**
     * @param process the exiting process (its registers and heap still valid during the call)
     * @param returned whether its first call returned (the result is then in X0)
     * @param reason the exit reason term ({@code normal} when it returned)
     */
    void exited(ErlangProcess process, boolean returned, long reason);
}

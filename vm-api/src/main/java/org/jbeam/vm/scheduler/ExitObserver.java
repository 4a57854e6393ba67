package org.jbeam.vm.scheduler;

import org.jbeam.vm.process.ErlangProcess;

/**
 * Told on the scheduler thread when a process exits, before its memory is freed: a launcher
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

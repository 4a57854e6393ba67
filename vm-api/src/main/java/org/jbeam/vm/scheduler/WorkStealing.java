package org.jbeam.vm.scheduler;

import org.jbeam.vm.process.ErlangProcess;

/**
 * How an idle scheduler finds work in another's run queue (OTP's {@code try_steal_task} in
 * {@code erl_process.c}): it looks at every other queue, the longest first being the one most
 * likely to wait, and takes the next process by priority from it, so a {@code max} process
 * queued behind a busy scheduler runs before a {@code normal} one. Queues of schedulers taken
 * offline ({@code system_flag(schedulers_online, N)}) are emptied the same way.
 */
final class WorkStealing {
    private WorkStealing() {}

    /** A process taken from a queue of {@code schedulers} other than {@code thief}'s; null when all are empty. */
    static ErlangProcess steal(Scheduler thief, Scheduler[] schedulers) {
        while (true) {
            Scheduler victim = null;
            int longest = 0;
            for (Scheduler candidate : schedulers) {
                int length = candidate.queue.size();
                if (candidate != thief && length > longest) {
                    victim = candidate;
                    longest = length;
                }
            }
            if (victim == null) {
                return null;
            }
            ErlangProcess process = victim.queue.poll();
            if (process != null) {
                return process;
            }
            // Its owner (or another thief) took the last one between the look and the poll.
        }
    }
}

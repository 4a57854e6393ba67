package org.jbeam.vm.tier;

/**
 * Why a tier handed a process back to the scheduler (contract 6's status codes; more come
 * with other-tier returns and BIF traps).
 */
public enum TierStatus {
    /** The process returned from its first call: the result is in X0. */
    FINISHED,
    /** The time slice's reductions ran out; {@code resumePosition} says where to go on. */
    YIELDED,
    /** An exception left the process's first call: see {@code exitReason}. */
    RAISED,
    /**
     * The process waits in {@code receive} ({@code wait}/{@code wait_timeout}) for a message
     * or its timeout; {@code resumePosition} is the receive loop's {@code loop_rec}. The
     * scheduler parks it (it holds no thread) and puts it back in a run queue when a message or
     * the timeout arrives; {@code resume} then re-runs the receive from its save pointer.
     */
    WAITING
}

package org.jbeam.vm.tier;

/**
 * Why a tier handed a process back to the scheduler (contract 6's status codes; more come
 * with receive, other-tier returns and BIF traps).
 */
public enum TierStatus {
    /** The process returned from its first call: the result is in X0. */
    FINISHED,
    /** The time slice's reductions ran out; {@code resumePosition} says where to go on. */
    YIELDED,
    /** An exception left the process's first call: see {@code exitReason}. */
    RAISED
}

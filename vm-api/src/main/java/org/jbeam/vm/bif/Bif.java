package org.jbeam.vm.bif;

import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * A built-in function implemented in Java. It reads its arguments from {@code args[0..arity-1]}
 * (the process's {@link ErlangProcess#bifArguments()} scratch array, so a call allocates
 * nothing on the Java heap), builds its result on the process heap, and reports failure by
 * throwing {@link org.jbeam.vm.error.ErlangException}.
 */
@FunctionalInterface
public interface Bif {
    /**
     * What a BIF returns after doing part of a long job (OTP's {@code BIF_TRAP}): it has called
     * {@link org.jbeam.vm.process.ErlangProcess#trap}, which left the continuation's arguments in
     * X0.. and the {@link BifTrap} pending on the process. The caller calls the continuation, after
     * a yield when the time slice is used up, so that a long BIF never holds the scheduler for
     * more than a slice. Only BIFs called with their arguments in X registers may return it
     * (never guard BIFs).
     */
    long TRAP = TermTags.NON_VALUE;

    long call(ErlangProcess process, long[] args);
}

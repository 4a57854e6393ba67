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
     * What a BIF returns after doing part of a long job (OTP's {@code BIF_TRAP} to itself): it
     * has left the arguments that continue the job in X0..X(arity-1), and its caller calls it
     * again, after a yield when the time slice is used up, so that a long BIF never holds the
     * scheduler for more than a slice. Only BIFs called with their arguments in X registers
     * may return it (never guard BIFs).
     */
    long TRAP = TermTags.NON_VALUE;

    long call(ErlangProcess process, long[] args);
}

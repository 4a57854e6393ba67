package org.jbeam.vm.bif;

import org.jbeam.vm.process.ErlangProcess;

/**
 * A built-in function implemented in Java. It reads its arguments from {@code args[0..arity-1]}
 * (the process's {@link ErlangProcess#bifArguments()} scratch array, so a call allocates
 * nothing on the Java heap), builds its result on the process heap, and reports failure by
 * throwing {@link org.jbeam.vm.error.ErlangException}.
 */
@FunctionalInterface
public interface Bif {
    long call(ErlangProcess process, long[] args);
}

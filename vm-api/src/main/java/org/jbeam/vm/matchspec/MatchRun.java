package org.jbeam.vm.matchspec;

import org.jbeam.vm.process.ErlangProcess;

/**
 * What one run of a match specification sees: the calling process (whose heap receives every
 * term built, and which {@code self()} and the guard BIFs see), the term being matched
 * ({@code '$_'}), the variables the head bound, by slot, and whether the body is running.
 */
final class MatchRun {
    final ErlangProcess process;
    final long object;
    final long[] bindings;
    private boolean inBody;

    private final long exitAtom;

    MatchRun(ErlangProcess process, long object, long[] bindings, long exitAtom) {
        this.process = process;
        this.object = object;
        this.bindings = bindings;
        this.exitAtom = exitAtom;
    }

    /** From now on expressions are the body's. */
    void enterBody() {
        inBody = true;
    }

    /**
     * What a failed operation gives: in a guard the clause fails ({@link MatchFailure} is
     * thrown); in a body the operation's value is {@code 'EXIT'} and evaluation goes on, as
     * {@code db_prog_match} does for table match specifications.
     */
    long fail() {
        if (inBody) {
            return exitAtom;
        }
        throw MatchFailure.INSTANCE;
    }
}

package org.jbeam.vm.matchspec;

/**
 * A guard expression of a match specification failed (a BIF raised, or a boolean operator got
 * a non-boolean): the clause fails, as in {@code db_prog_match}. It carries no stack trace: it
 * is control flow, thrown per object, and never leaves this package.
 */
final class MatchFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final MatchFailure INSTANCE = new MatchFailure();

    private MatchFailure() {
        super("match specification expression failed", null, false, false);
    }
}

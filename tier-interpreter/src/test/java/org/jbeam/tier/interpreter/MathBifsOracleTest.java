package org.jbeam.tier.interpreter;

/**
 * The {@code math} BIFs (results bit for bit, {@code badarith}/{@code badarg} with their stack entry) on the interpreter against the real {@code erl}: each {@code bmath:t(N)} of
 * {@code src/test/resources/morebifs/bmath.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class MathBifsOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "morebifs";
    }

    @Override
    String module() {
        return "bmath";
    }

    @Override
    int cases() {
        return 45;
    }
}

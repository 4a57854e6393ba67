package org.jbeam.tier.interpreter;

/**
 * The {@code binary} module (searches with plain and compiled patterns, parts, conversions) on the interpreter against the real {@code erl}: each {@code bbinmod:t(N)} of
 * {@code src/test/resources/morebifs/bbinmod.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class BinaryModuleOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "morebifs";
    }

    @Override
    String module() {
        return "bbinmod";
    }

    @Override
    int cases() {
        return 53;
    }
}

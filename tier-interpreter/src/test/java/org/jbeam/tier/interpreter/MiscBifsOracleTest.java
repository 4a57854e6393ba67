package org.jbeam.tier.interpreter;

/**
 * {@code maps:from_keys/2}, {@code is_builtin/3}, {@code bump_reductions/1} and {@code string:list_to_integer/1},
 * {@code list_to_float/1} on the interpreter against the real {@code erl}: each {@code bmisc:t(N)} of
 * {@code src/test/resources/morebifs/bmisc.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class MiscBifsOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "morebifs";
    }

    @Override
    String module() {
        return "bmisc";
    }

    @Override
    int cases() {
        return 17;
    }
}

package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * Match specifications and the ETS functions built on them against erl: runs each zero-arity
 * function of {@code programs/ets_select.erl} (select and its chunks and continuations,
 * select_count/delete/replace, match and match_object, match_spec_compile/run, test_ms with
 * OTP's error texts, {@code ets:fun2ms} parse-transform output, safe_fixtable and the folds,
 * setopts, all/0, and an inventory program) as the first process of a fresh process runtime
 * on the interpreter, and in a fresh process of the real {@code erl}, and compares the
 * {@code ~w} text of the result (or {@code Class:Reason}) exactly. The functions sort what a
 * hash table returns, whose order is each VM's own.
 */
class EtsMatchSpecOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "ets_select";
    }

    @Override
    List<String> functions() {
        return functionsDefinedIn("/programs/ets_select.erl", List.of("ordered", "try_"));
    }
}

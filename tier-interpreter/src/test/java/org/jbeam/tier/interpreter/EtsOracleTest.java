package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * ETS against erl: runs each zero-arity function of {@code programs/ets_tables.erl} as the
 * first process of a fresh process runtime on the interpreter, and in a fresh process of the
 * real {@code erl}, and compares the {@code ~w} text of the result (or {@code Class:Reason})
 * exactly. The functions sort what a hash table lists, whose order is each VM's own.
 */
class EtsOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "ets_tables";
    }

    @Override
    List<String> functions() {
        return functionsDefinedIn("/programs/ets_tables.erl", List.of());
    }
}

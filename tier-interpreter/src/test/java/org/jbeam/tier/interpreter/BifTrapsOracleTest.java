package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * Long BIFs and contract 4 ({@code programs/traps.erl}, each function in a fresh process on
 * jbeam and on erl): {@code lists:reverse/2} traps between chunks (same results, a failure
 * found in a later chunk still {@code badarg}, another process runs while it works), and
 * {@code length/1}, {@code term_to_binary/1} and {@code ++} are charged reductions in
 * proportion to their work.
 */
class BifTrapsOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "traps";
    }

    @Override
    List<String> functions() {
        return List.of("reverse_long", "reverse_improper_after_chunks", "reverse_as_fun", "reverse_lets_others_run",
                "length_is_charged", "term_to_binary_is_charged", "append_is_charged");
    }
}

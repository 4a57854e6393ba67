package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * Long BIFs and contract 4 ({@code programs/traps.erl}, each function in a fresh process on
 * jbeam and on erl): {@code lists:reverse/2}, {@code length/1} (in a body and in a guard),
 * {@code ++} and {@code term_to_binary/1,2} trap between slices: the same results, live
 * registers kept, another process runs while they work, a failure found in a later slice names
 * the call as it was made, and they are charged reductions in proportion to their work.
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
                "length_is_charged", "term_to_binary_is_charged", "append_is_charged", "length_lets_others_run",
                "append_lets_others_run", "term_to_binary_lets_others_run",
                "term_to_binary_with_options_lets_others_run", "length_improper_after_slices",
                "length_in_guard_of_improper", "length_in_guard", "length_keeps_live_registers",
                "append_improper_after_slices", "append_result_is_exact", "reverse_improper_names_the_call",
                "term_to_binary_round_trip", "term_to_binary_via_apply", "length_via_apply_of_improper",
                "short_length_via_apply_of_improper", "short_length_via_fun_of_improper");
    }
}

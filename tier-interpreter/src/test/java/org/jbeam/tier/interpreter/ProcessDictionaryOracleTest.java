package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * The process dictionary's listing order ({@code get/0}, {@code get_keys/0,1},
 * {@code erase/0}, {@code process_info(P, dictionary)}) through growing, updating and
 * shrinking: each function of {@code programs/pdict.erl} runs as the first process of a fresh
 * runtime on the interpreter and in a fresh process of the real {@code erl}; the {@code ~w}
 * texts must match. Keys that are atoms are left out: OTP 25 hashes them by atom index, which
 * differs between jbeam and erl and even between two erl runs.
 */
class ProcessDictionaryOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "pdict";
    }

    @Override
    List<String> functions() {
        return List.of("few_ints", "many_ints", "negative_ints", "collisions", "update_middle",
                "erase_some", "erase_then_put", "erase_all", "get_keys_by_value", "mixed", "other_process");
    }
}

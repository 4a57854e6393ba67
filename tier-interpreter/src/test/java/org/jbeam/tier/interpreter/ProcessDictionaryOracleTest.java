package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The process dictionary's listing order ({@code get/0}, {@code get_keys/0,1},
 * {@code erase/0}, {@code process_info(P, dictionary)}) through growing, updating and
 * shrinking: each function of {@code programs/pdict.erl} runs as the first process of a fresh
 * runtime on the interpreter and in a fresh process of the real {@code erl}; the {@code ~w}
 * texts must match. Keys that are atoms are left out: OTP 25 hashes them by atom index, which
 * differs between jbeam and erl and even between two erl runs.
 */
class ProcessDictionaryOracleTest {
    static List<String> functions() {
        return List.of("few_ints", "many_ints", "negative_ints", "collisions", "update_middle",
                "erase_some", "erase_then_put", "erase_all", "get_keys_by_value", "mixed", "other_process");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-pdict", "programs", List.of("pdict"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "pdict", functions()));
        runner = new ProcessRunner(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) throws Exception {
        assertEquals(ERL.get(function), runner.run("pdict", function), () -> function + " " + runner.lastDetail);
    }
}

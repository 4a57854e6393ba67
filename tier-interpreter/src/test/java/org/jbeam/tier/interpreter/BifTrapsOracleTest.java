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
 * Long BIFs and contract 4 ({@code programs/traps.erl}, each function in a fresh process on
 * jbeam and on erl): {@code lists:reverse/2} traps between chunks (same results, a failure
 * found in a later chunk still {@code badarg}, another process runs while it works), and
 * {@code length/1} is charged reductions in proportion to the list.
 */
class BifTrapsOracleTest {
    static List<String> functions() {
        return List.of("reverse_long", "reverse_improper_after_chunks", "reverse_as_fun", "reverse_lets_others_run",
                "length_is_charged");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-traps", "programs", List.of("traps"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "traps", functions()));
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
        assertEquals(ERL.get(function), runner.run("traps", function), () -> function + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
class EtsMatchSpecOracleTest {
    private static final String MODULE = "ets_select";
    /** Helpers of the program that are no test of their own. */
    private static final List<String> HELPERS = List.of("ordered", "try_");
    private static final List<String> FUNCTIONS = new ArrayList<>();
    private static final Map<String, String> ERL = new HashMap<>();
    private static ProcessRunner runner;

    static List<String> functions() throws IOException {
        if (FUNCTIONS.isEmpty()) {
            Matcher m = Pattern.compile("(?m)^([a-z_]+)\\(\\) ->").matcher(source());
            while (m.find()) {
                if (!HELPERS.contains(m.group(1))) {
                    FUNCTIONS.add(m.group(1));
                }
            }
        }
        return FUNCTIONS;
    }

    private static String source() throws IOException {
        try (InputStream in = EtsMatchSpecOracleTest.class.getResourceAsStream("/programs/" + MODULE + ".erl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-ets-select", "programs", List.of(MODULE));
        assertTrue(functions().size() > 60, "the program's functions were found");
        ERL.putAll(Erl.askInFreshProcesses(dir, MODULE, functions()));
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
        assertEquals(ERL.get(function), runner.run(MODULE, function), () -> function + " " + runner.lastDetail);
    }
}

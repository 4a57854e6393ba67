package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code erlang:fun_info/1,2}, {@code fun_info_mfa/1}, {@code fun_to_list/1},
 * {@code make_fun/3} and {@code io_lib}'s printing of funs against erl: each zero-arity
 * function of {@code code/fun_info.erl} runs on the interpreter and in erl, and the
 * {@code ~w} texts must be equal (pids, which differ between the VMs, are left out).
 */
class FunInfoOracleTest {
    private static final String MODULE = "fun_info";
    private static final List<String> FUNCTIONS = new ArrayList<>();
    private static final Map<String, String> ERL = new HashMap<>();
    private static ProcessRunner runner;

    static List<String> functions() throws IOException {
        if (FUNCTIONS.isEmpty()) {
            FUNCTIONS.addAll(CodeReloadOracleTest.functionsOf("/code/" + MODULE + ".erl"));
        }
        return FUNCTIONS;
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = Erl.compile("erl-funinfo", "code", List.of(MODULE));
        assertTrue(functions().size() > 15, "the program's functions were found");
        ERL.putAll(Erl.askInFreshProcesses(dir, MODULE, functions()));
        runner = ProcessRunner.withCode(dir);
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

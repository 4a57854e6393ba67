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
 * {@code process_info/1,2} items and the emulator's crash reports (taken through
 * {@code system_flag(system_logger, self())}): each function of {@code programs/pinfo.erl}
 * runs as the first process of a fresh runtime on the interpreter and in a fresh process of
 * the real {@code erl}; the {@code ~w} texts must match. Sizes and reductions are jbeam's own,
 * so the program compares only their type for those.
 */
class ProcessInfoOracleTest {
    static List<String> functions() {
        return List.of("info_default_keys", "info_current_function", "info_current_stacktrace", "info_self_current_function",
                "info_self_current_stacktrace", "gen_server_stop_stacktrace", "info_initial_call",
                "info_messages", "info_dictionary", "info_links_monitors", "info_flags", "info_gc", "info_sizes",
                "info_parent", "info_group_leader", "info_status", "info_dead", "info_badarg", "info_registered_name",
                "crash_error", "crash_throw", "crash_badarith", "crash_exit", "crash_killed", "crash_normal",
                "crash_logger_undefined");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-pinfo", "programs", List.of("pinfo"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "pinfo", functions()));
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
        assertEquals(ERL.get(function), runner.run("pinfo", function), () -> function + " " + runner.lastDetail);
    }
}

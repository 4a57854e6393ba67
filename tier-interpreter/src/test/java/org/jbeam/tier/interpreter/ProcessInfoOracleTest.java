package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
                "crash_logger_undefined", "info_catchlevel");
    }

    private static ProcessRunner runner;
    private static Path dir;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Erl.compile("erl-pinfo", "programs", List.of("pinfo"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "pinfo", functions()));
        runner = new ProcessRunner(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    /**
     * With no logger process the report goes to standard error as erts prints it; pids and the
     * time stamp differ between the two runs, so they are masked before comparing.
     */
    @Test
    void reportWithoutALoggerIsPrintedAsErlPrintsIt() throws Exception {
        String erl = Erl.run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval",
                "pinfo:crash_without_logger(), halt()."));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals("done", runner.run("pinfo", "crash_without_logger"));
        } finally {
            System.setErr(original);
        }
        assertEquals(reportLine(erl), reportLine(captured.toString(StandardCharsets.UTF_8)));
    }

    private static String reportLine(String output) {
        return output.lines().filter(line -> line.startsWith("(no logger present)")).findFirst()
                .orElse("no report in: " + output).replaceAll("<0\\.\\d+\\.0>", "<PID>")
                .replaceAll("time=>\\d+", "time=>T");
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) throws Exception {
        assertEquals(ERL.get(function), runner.run("pinfo", function), () -> function + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.bif.SystemInfoBifs;
import org.jbeam.vm.code.OtpRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code erlang:system_info/1} and {@code system_flag/2}: each function of
 * {@code programs/sysinfo.erl} runs as the first process of a fresh runtime on the interpreter
 * (with the launcher's {@code SystemInfoBifs}) and in a fresh process of the real {@code erl};
 * the {@code ~w} texts must match. Facts about the host must equal erl's; for facts about the
 * emulator itself (scheduler counts, banners) the program compares only their type.
 */
class SystemInfoOracleTest {
    static List<String> functions() {
        return List.of("os_type", "os_version", "os_type_via_os", "logical_processors", "cpu_topology",
                "release_and_version", "word_sizes", "limits", "build", "gc_defaults", "time_modes", "tracing",
                "unknown_items", "own_counts", "own_texts", "own_atoms", "start_time", "c_compiler",
                "flag_min_heap_size", "flag_fullsweep_after", "flag_trace_control_word", "flag_schedulers_online",
                "flag_bad", "flag_system_logger");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-sysinfo", "programs", List.of("sysinfo"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "sysinfo", functions()));
        runner = new ProcessRunner(dir,
                (table, atoms, server, exports) -> SystemInfoBifs.register(table, atoms, OtpRoot.locate()));
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
        assertEquals(ERL.get(function), runner.run("sysinfo", function), () -> function + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.memory.NativeAllocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scale checks of issue 3 against erl: recursion a million calls deep, a ten-million
 * element list, {@code fact(5000)}, 100,000-key maps; and that a process's native memory
 * comes back when it ends (repeated runs do not grow the VM's live native bytes).
 */
class ScaleOracleTest {
    private static final List<String> CALLS = List.of("scale:deep(1000000)", "scale:long_list(10000000)",
            "scale:fact_digits(5000)", "scale:big_map(100000)", "scale:big_map_remove(40000)");

    private static Path dir;
    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    static List<String> calls() {
        return CALLS;
    }

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Erl.compile("erl-scale", "scale", List.of("scale"));
        ERL.putAll(Erl.ask(dir, CALLS, true));
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    static void free() {
        runner.close();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void computesWhatErlComputes(String call) {
        assertEquals(ERL.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
    }

    @Test
    void repeatedRunsGiveTheirNativeMemoryBack() {
        runner.call("scale:big_map(20000)"); // loads the modules and warms up first
        long before = NativeAllocator.liveBytes();
        for (int i = 0; i < 5; i++) {
            runner.call("scale:long_list(1000000)");
            runner.call("scale:big_map(20000)");
        }
        long grown = NativeAllocator.liveBytes() - before;
        // Each run peaks at tens of MB of heap; what stays must be far below one run's worth.
        assertTrue(grown < 1 << 20, () -> "native memory grew by " + grown + " bytes over 10 runs");
    }
}

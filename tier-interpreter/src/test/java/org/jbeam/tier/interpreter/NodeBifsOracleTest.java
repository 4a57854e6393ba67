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
 * The node BIFs of a non-distributed node ({@code nodes/1,2}, {@code monitor_node/2,3}, the
 * {@code monitor_nodes} process flag) and {@code statistics/1}'s measured items, each function
 * of {@code programs/node_bifs.erl} run in a fresh process on jbeam and on erl, compared as
 * {@code ~w} text. Statistics are compared by shape (the numbers are each VM's own).
 */
class NodeBifsOracleTest {
    static List<String> functions() {
        return List.of("nodes_plain", "nodes_kinds", "nodes_info", "nodes_bad", "monitor_node_other",
                "monitor_node_self", "monitor_node_options", "monitor_node_bad", "monitor_nodes_counts",
                "monitor_nodes_bad", "net_kernel_subscribe", "wall_time_switch", "statistics_shapes",
                "statistics_reductions_grow", "unicode_io_flag", "memory_shapes", "memory_grows_with_processes");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-node-bifs", "programs", List.of("node_bifs"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "node_bifs", functions()));
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
        assertEquals(ERL.get(function), runner.run("node_bifs", function), () -> function + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Runs each function of {@code programs/procs.erl} as the first process of a fresh process
 * runtime on the interpreter, and on the real {@code erl} in a fresh process, and compares the
 * {@code ~w} text of the result (or {@code Class:Reason} of the exception) exactly.
 */
class ProcessesOracleTest {
    static List<String> functions() {
        return List.of("ping_pong", "ring", "selective", "selective_other", "after_zero", "after_zero_match",
                "after_fifty", "after_infinity_message", "link_trap", "link_trap_normal", "link_no_trap",
                "link_chain", "monitor_down", "spawn_monitor_error", "spawn_monitor_exit", "spawn_monitor_throw",
                "spawn_monitor_badarith", "registered", "send_unregistered", "make_ref_match", "many", "kill",
                "kill_trapping", "link_dead", "link_dead_trapping", "monitor_dead", "demonitor_flush",
                "demonitor_info", "send_after", "start_timer", "cancel_timer", "timers_in_order", "alive",
                "exit_normal_ignored", "exit_normal_trapped", "exit_reason_trapped", "spawn_mfa",
                "echo_big", "echo_numbers", "echo_binaries", "echo_maps", "echo_funs", "unlink_then_crash", "self_exit", "spawn_link_undef", "whereis_self",
                "send_returns", "register_twice", "receive_loop_count");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-procs", "programs", List.of("procs"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "procs", functions()));
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
        assertEquals(ERL.get(function), runner.run("procs", function), () -> function + " " + runner.lastDetail);
    }

    @Test
    void waitingProcessesLeftBehindAreFreedWithTheRuntime() throws Exception {
        assertEquals(ERL.get("link_no_trap"), runner.run("procs", "link_no_trap"));
        assertEquals(ERL.get("many"), runner.run("procs", "many"));
        assertTrue(runner.lastLeftAlive <= 1, "the 10,000 spawned processes exited: " + runner.lastLeftAlive);
    }
}

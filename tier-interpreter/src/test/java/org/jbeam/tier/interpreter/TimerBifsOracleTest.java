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
 * The timer BIFs with options ({@code send_after/4}, {@code start_timer/4},
 * {@code cancel_timer/2}, {@code read_timer/1,2}) and {@code registered/0}: each function of
 * {@code morebifs/btimers.erl} runs as the first process of a fresh runtime on the interpreter
 * and in a fresh process on the real {@code erl}; the {@code ~w} texts must be equal. The
 * programs print no time left itself, only whether some was left.
 */
class TimerBifsOracleTest {
    static List<String> functions() {
        return List.of("send_after_abs", "start_timer_opts", "cancel_sync_info", "cancel_sync_noinfo",
                "cancel_async_info", "cancel_async_noinfo", "read_timer", "read_timer_async", "read_timer_gone",
                "bad_option", "bad_cancel_option", "cancel_unknown", "registered_names", "read_not_ref");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-btimers", "morebifs", List.of("btimers"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "btimers", functions()));
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
        assertEquals(ERL.get(function), runner.run("btimers", function), () -> function + " " + runner.lastDetail);
    }
}

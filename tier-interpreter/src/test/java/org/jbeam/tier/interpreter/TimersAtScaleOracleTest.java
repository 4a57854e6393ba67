package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.memory.NativeAllocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Timers at scale (issue 4), each function of {@code scale/timers_scale.erl} as the first
 * process of a fresh runtime on the interpreter and in a fresh process on the real erl, the
 * {@code ~w} texts compared: 100,000 timers set with {@code send_after/3} and
 * {@code start_timer/3}, some read, a third cancelled ({@code cancel_timer} answering time left
 * or {@code false} as erl does), the rest received in the order of their deadlines; and
 * 100,000 timers held pending then cancelled, after which the messages they held are freed.
 */
class TimersAtScaleOracleTest {
    private static final List<String> FUNCTIONS = List.of("many_timers", "hold_pending");

    private static ProcessRunner runner;
    private static Map<String, String> erl;

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-timers-scale", "scale", List.of("timers_scale"));
        erl = Erl.askInFreshProcesses(dir, "timers_scale", FUNCTIONS);
        runner = new ProcessRunner(dir);
    }

    @AfterAll
    static void free() {
        runner.close();
    }

    @Test
    void hundredThousandTimersFireCancelAndReadAsInErl() throws Exception {
        assertEquals(erl.get("many_timers"), runner.run("timers_scale", "many_timers"), () -> runner.lastDetail);
    }

    @Test
    void cancelledPendingTimersGiveTheirMessagesBack() throws Exception {
        assertEquals(erl.get("hold_pending"), runner.run("timers_scale", "hold_pending"), () -> runner.lastDetail);
        long before = NativeAllocator.liveBytes();
        assertEquals(erl.get("hold_pending"), runner.run("timers_scale", "hold_pending"), () -> runner.lastDetail);
        long grown = NativeAllocator.liveBytes() - before;
        // 100,000 messages held at once take megabytes; what stays must be far below that.
        assertTrue(grown < 1 << 20, () -> "native memory grew by " + grown + " bytes");
    }
}

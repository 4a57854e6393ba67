package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.memory.NativeAllocator;
import org.junit.jupiter.api.Test;

/**
 * A million processes (issue 4): {@code scale/million.erl} spawns 1,000,000 processes in
 * batches of 10,000, each sending a number back and ending; the count, the sum of the answers
 * and the number of processes left afterwards equal erl's (in a fresh process there). The VM's
 * live native bytes after the million are what they were before it (after a warm-up run of
 * 100,000 that loads the code): every process's heap, stack and messages came back.
 */
class MillionProcessesOracleTest {
    @Test
    void aMillionProcessesSpawnAnswerAndEndAsInErlAndGiveTheirMemoryBack() throws Exception {
        Path dir = Erl.compile("erl-million", "scale", List.of("million"));
        Map<String, String> erl = Erl.askInFreshProcesses(dir, "million", List.of("hundred_thousand", "million"));
        try (ProcessRunner runner = new ProcessRunner(dir)) {
            assertEquals(erl.get("hundred_thousand"), runner.run("million", "hundred_thousand"), () -> runner.lastDetail);
            long before = NativeAllocator.liveBytes();
            assertEquals(erl.get("million"), runner.run("million", "million"), () -> runner.lastDetail);
            long grown = NativeAllocator.liveBytes() - before;
            // A million processes of a few KB each passed through; what stays must be far below one batch's worth.
            assertTrue(grown < 1 << 20, () -> "native memory grew by " + grown + " bytes over a million processes");
        }
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.memory.NativeAllocator;
import org.junit.jupiter.api.Test;

/**
 * Faults at scale (issue 4): {@code scale/faults.erl} kills 100,000 waiting processes, then
 * ends 30,000 each by {@code exit(Pid, kill)}, by an exit reason and by going over
 * {@code max_heap_size}. Every monitor's {@code 'DOWN'} reason, the processes left and a
 * bystander's answer equal erl's (in a fresh process there), and the VM's live native bytes
 * come back to what they were after a warm-up: the dead processes' heaps, stacks and
 * messages were all freed.
 */
class FaultsAtScaleOracleTest {
    private static final List<String> CALLS = List.of("warm_up", "kill_hundred_thousand", "mixed_faults");

    @Test
    void killedCrashedAndOverfullProcessesLeaveTheRestRunningAndGiveTheirMemoryBack() throws Exception {
        Path dir = Erl.compile("erl-faults", "scale", List.of("faults"));
        Map<String, String> erl = Erl.askInFreshProcesses(dir, "faults", CALLS);
        try (ProcessRunner runner = new ProcessRunner(dir)) {
            assertEquals(erl.get("warm_up"), runner.run("faults", "warm_up"), () -> runner.lastDetail);
            long before = NativeAllocator.liveBytes();
            assertEquals(erl.get("kill_hundred_thousand"), runner.run("faults", "kill_hundred_thousand"),
                    () -> runner.lastDetail);
            long afterKills = NativeAllocator.liveBytes() - before;
            assertTrue(afterKills < 1 << 20, () -> "native memory grew by " + afterKills + " bytes over 100,000 kills");
            assertEquals(erl.get("mixed_faults"), runner.run("faults", "mixed_faults"), () -> runner.lastDetail);
            long afterMixed = NativeAllocator.liveBytes() - before;
            assertTrue(afterMixed < 1 << 20, () -> "native memory grew by " + afterMixed + " bytes over 90,000 faults");
        }
    }
}

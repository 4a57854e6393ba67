package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The driver's result checking and interleaving, with scripted runners standing in for VMs:
 * a runner that computes something else, or fails, is not ok and gets no ratio; erl itself
 * is only ok when its blocks agree; runners take turns, each block starting one runner later.
 */
class ResultCheckTest {
    private final List<String> calls = new ArrayList<>();

    /** A runner whose result text for a workload (and block) comes from {@code results}. */
    private Runner scripted(String name, long ns, Function<Integer, String> results) {
        return new Runner() {
            private int block;

            @Override
            public String name() {
                return name;
            }

            @Override
            public WorkloadRun run(Workload workload, SizeMode size, int warmup, int iterations) throws BenchException {
                calls.add(name + ":" + workload.name());
                String result = results.apply(block++);
                if (result == null) {
                    throw new BenchException(name + " crashed");
                }
                return new WorkloadRun(5, new Block(List.of(ns * 2), List.of(ns, ns)), result, OptionalLong.empty());
            }

            @Override
            public MemoryFigures measureMemory(int processes) {
                return MemoryFigures.failed(name, processes, "not scripted");
            }

            @Override
            public FairnessFigures measureFairness(int responders, int rounds) {
                return FairnessFigures.failed(name, responders, "not scripted");
            }
        };
    }

    private BakeOffResult run(Runner... runners) {
        BakeOffOptions options = BakeOffOptions.parse("--quick", "--only", "fib", "--blocks", "3",
                "--memory-processes", "0", "--fairness-responders", "0", "--skip-load");
        BakeOff bakeOff = new BakeOff(options, new PrintStream(new ByteArrayOutputStream()));
        return bakeOff.runAll(new RunnerLineup(List.of(runners), List.of()));
    }

    @Test
    void aRunnerThatComputesSomethingElseIsNotOk() {
        BakeOffResult result = run(scripted("erl", 100, b -> "42"), scripted("interpreter", 300, b -> "42"),
                scripted("trace-jit", 10, b -> b == 2 ? "43" : "42"));
        Map<String, Measurement> byRunner = byRunner(result);
        assertTrue(byRunner.get("erl").resultOk());
        assertTrue(byRunner.get("interpreter").resultOk());
        assertFalse(byRunner.get("trace-jit").resultOk(), "one block in three disagreed with erl");
        assertTrue(byRunner.get("trace-jit").error().contains("differs from erl's 42"));
        assertFalse(result.allResultsOk());
        assertFalse(result.comparison().ratio("fib", "trace-jit", "erl").isPresent());
        assertEquals(3.0, result.comparison().ratio("fib", "interpreter", "erl").getAsDouble(), 1e-12);
    }

    @Test
    void aFailingRunnerIsNotOkAndStopsRunning() {
        BakeOffResult result = run(scripted("erl", 100, b -> "ok"), scripted("interpreter", 100, b -> null));
        Measurement failed = byRunner(result).get("interpreter");
        assertFalse(failed.resultOk());
        assertEquals("interpreter crashed", failed.error());
        assertTrue(failed.blocks().isEmpty());
        assertNull(failed.size());
        assertEquals(1, calls.stream().filter(c -> c.startsWith("interpreter")).count(), "no retry after a failure");
    }

    @Test
    void erlIsOkOnlyWhenItsBlocksAgree() {
        BakeOffResult result = run(scripted("erl", 100, b -> "r" + b), scripted("interpreter", 100, b -> "r0"));
        assertFalse(byRunner(result).get("erl").resultOk());
        assertFalse(byRunner(result).get("interpreter").resultOk(), "nothing is ok without a consistent erl");
    }

    @Test
    void runnersTakeTurnsStartingOneLaterEachBlock() {
        run(scripted("erl", 1, b -> "x"), scripted("a", 1, b -> "x"), scripted("b", 1, b -> "x"));
        assertEquals(List.of("erl:fib", "a:fib", "b:fib", "a:fib", "b:fib", "erl:fib", "b:fib", "erl:fib", "a:fib"),
                calls);
    }

    private static Map<String, Measurement> byRunner(BakeOffResult result) {
        Map<String, Measurement> map = new java.util.HashMap<>();
        result.measurements().forEach(m -> map.put(m.runner(), m));
        return map;
    }
}

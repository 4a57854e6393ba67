package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs that allocate far more than their heap may hold ({@code programs/gcwork.erl}): they
 * must print what the real {@code erl} prints, so the collector kept every live term intact,
 * and they must finish under a heap limit much smaller than what they allocate in total, with
 * the heap left bounded afterwards, so the collector really reclaimed the garbage.
 */
class GarbageCollectionOracleTest {
    /** The most heap words a process of these programs may hold; each allocates many times more. */
    private static final long HEAP_LIMIT_WORDS = 1L << 19;

    static List<String> calls() {
        return List.of("gcwork:lists(20000)", "gcwork:lists(10)", "gcwork:tuples(50000)", "gcwork:maps(30000)",
                "gcwork:funs(40000)", "gcwork:numbers(30000)", "gcwork:deep(20000)", "gcwork:explicit(5000)",
                "gcwork:catches(30000)", "gcwork:mixed(30000)", "gcwork:mapfill(2000)", "gcwork:dictionary(40000)");
    }

    /** Small runs for the stress mode, which collects at every safe point. */
    static List<String> stressCalls() {
        return List.of("gcwork:stale_frames(300)", "gcwork:lists(50)", "gcwork:tuples(300)", "gcwork:maps(300)", "gcwork:funs(300)",
                "gcwork:numbers(300)", "gcwork:deep(300)", "gcwork:explicit(100)", "gcwork:catches(300)",
                "gcwork:mixed(300)", "gcwork:mapfill(300)", "gcwork:dictionary(300)");
    }

    /** The interpreter's general oracle corpus, small enough to run with a collection at every safe point. */
    static List<String> corpusCalls() {
        return InterpreterOracleTest.calls().stream()
                .filter(call -> !call.equals("nrev:deep(300000)") && !call.equals("nrev:run(2000)"))
                .toList();
    }

    static List<String> allCalls() {
        List<String> all = new ArrayList<>(calls());
        all.addAll(stressCalls());
        all.addAll(corpusCalls());
        return all;
    }

    private static Path dir;
    private static ProgramRunner runner;
    private static ProgramRunner stressRunner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Set<String> programs = new TreeSet<>();
        allCalls().forEach(call -> programs.add(call.substring(0, call.indexOf(':'))));
        dir = Erl.compile("erl-gc-programs", "programs", programs);
        ERL.putAll(Erl.ask(dir, allCalls(), true));
        runner = new ProgramRunner(dir, HEAP_LIMIT_WORDS);
        stressRunner = new ProgramRunner(dir, HEAP_LIMIT_WORDS);
        stressRunner.gcStress = true;
    }

    @AfterAll
    static void free() {
        runner.close();
        stressRunner.close();
    }

    /**
     * Collecting at every safe point, with freed blocks poisoned, still prints what erl prints:
     * no root is missed and no term is held across a collection.
     */
    @ParameterizedTest
    @MethodSource("stressCalls")
    void printsWhatErlPrintsWhenEverySafePointCollects(String call) {
        assertEquals(ERL.get(call), stressRunner.call(call), () -> call + " " + stressRunner.lastDetail);
        assertTrue(stressRunner.lastCollections > 50, () -> call + " collected " + stressRunner.lastCollections);
    }

    /** The general oracle corpus (exceptions, funs, maps, floats, bignums) under the same stress. */
    @ParameterizedTest
    @MethodSource("corpusCalls")
    void theOracleCorpusPrintsWhatErlPrintsWhenEverySafePointCollects(String call) {
        assertEquals(ERL.get(call), stressRunner.call(call), () -> call + " " + stressRunner.lastDetail);
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrintsWithABoundedHeap(String call) {
        assertEquals(ERL.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
        assertTrue(runner.lastHeapWords <= HEAP_LIMIT_WORDS,
                () -> call + " left " + runner.lastHeapWords + " heap words");
        if (!call.equals("gcwork:lists(10)")) {
            assertTrue(runner.lastCollections > 0, () -> call + " allocates enough to collect");
        }
    }
}

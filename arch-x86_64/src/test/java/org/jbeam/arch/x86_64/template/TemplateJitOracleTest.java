package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jbeam.tier.interpreter.Interpreter;
import org.jbeam.tier.template.TemplateJitTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Real programs compiled by erlc, with {@code tj_prog} on the template JIT and everything else
 * ({@code tj_other}, OTP's {@code lists}) on the interpreter, against erl: calls and returns
 * across the tiers both ways, exceptions raised in native code and caught by interpreted
 * handlers, yields, collections, stack growth. Each zero-arity function's outcome, as
 * {@code erlang:display/1} prints it, must equal erl's.
 */
@Tag("native-execution")
class TemplateJitOracleTest {
    private static final String MODULE = "tj_prog";
    private static Map<String, String> erl;
    private static MixedTierRunner runner;

    static List<String> functions() {
        return List.of("fib", "tak", "nrev", "walk", "with_lists", "spin", "garbage", "bignums", "compares",
                "guards", "cross", "badmatch", "caught_across", "bif_error", "function_clause", "deep", "tries",
                "funs", "applies", "floats", "records", "maps", "traces", "nested_raise", "catches", "try_clause", "stacktrace",
                "int_ops", "term_bifs", "float_compares", "map_lookups");
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = ErlOracle.compile("tjit-oracle", List.of("tj_prog", "tj_other"));
        List<String> all = new java.util.ArrayList<>(functions());
        all.addAll(SCHEDULED_ONLY);
        erl = ErlOracle.display(dir, MODULE, all);
        runner = new MixedTierRunner(dir, "tj_prog"::equals);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function));
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrintsWithTinyHeapsCollectingAtEveryHeapTest(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function, 16, 8, true));
    }

    @Test
    void theProgramRunsOnTheTemplateJitAndListsOnTheInterpreter() {
        runner.run(MODULE, "with_lists");
        assertEquals(TemplateJitTier.ID, runner.boundTier("tj_prog", "fib", 1));
        assertEquals(Interpreter.ID, runner.boundTier("lists", "seq", 2));
        assertEquals(Interpreter.ID, runner.boundTier("tj_other", "identity", 1));
    }

    /** Under the process runtime's scheduler, as every process runs: yields, calls across tiers, collections. */
    @ParameterizedTest
    @MethodSource("scheduled")
    void runsUnderTheSchedulerAsErlDoes(String function) throws Exception {
        assertEquals(erl.get(function), runner.runScheduled(MODULE, function));
    }

    /** Programs that need a process runtime (spawn, send, receive). */
    private static final List<String> SCHEDULED_ONLY = List.of("messages");

    static List<String> scheduled() {
        List<String> scheduled = new java.util.ArrayList<>(List.of("fib", "with_lists", "spin", "garbage", "cross",
                "caught_across", "deep", "tries", "funs", "applies"));
        scheduled.addAll(SCHEDULED_ONLY);
        return scheduled;
    }

    @Test
    void aLongLoopYieldsAndResumes() {
        runner.run(MODULE, "spin");
        assertTrue(runner.lastYields >= 100, "yields: " + runner.lastYields);
    }

    @Test
    void anAllocatingLoopCollects() {
        runner.run(MODULE, "garbage", 16, 8, false);
        assertTrue(runner.lastCollections > 10, "collections: " + runner.lastCollections);
    }
}

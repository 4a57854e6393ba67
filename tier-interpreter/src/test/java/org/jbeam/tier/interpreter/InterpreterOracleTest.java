package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the programs under {@code src/test/resources/programs} on the interpreter and on the
 * real {@code erl}, and compares the {@code ~w} text of each call's result (or the
 * {@code Class:Reason} of its exception) exactly.
 */
class InterpreterOracleTest {
    private static final List<String> PROGRAMS = List.of("fib", "tak", "nrev", "shapes", "fact", "flt", "errs", "arith",
            "guards",
            "multi", "exc", "hof", "inventory");

    static List<String> calls() {
        List<String> calls = new ArrayList<>(basicCalls());
        calls.addAll(moreCalls());
        return calls;
    }

    static List<String> basicCalls() {
        return List.of("fib:fib(0)", "fib:fib(1)", "fib:fib(20)", "tak:tak(18,12,6)", "tak:tak(12,8,4)",
                "nrev:run(30)", "nrev:run(0)", "nrev:run(1)", "shapes:run(5)", "shapes:run(-7)", "shapes:run(11)",
                "fact:run(30)", "fact:run(120)", "fact:fact(50)", "flt:run(10)", "flt:run(7)", "flt:run(1000)",
                "errs:bm(3)", "errs:cc(3)", "errs:cc(2)", "errs:fc(3)", "errs:arith(7)", "errs:elem(5)",
                "errs:elem(2)", "errs:divz(4)", "errs:ifc(5)", "errs:ifc(50)", "errs:guard(1)");
    }

    static List<String> moreCalls() {
        List<String> calls = new ArrayList<>(List.of("arith:small_edges()", "arith:divisions()", "arith:bits()",
                "arith:floats()", "arith:compare()", "arith:mixed(3)", "arith:mixed(-7)", "guards:run()",
                "guards:run2()", "multi:run(12)", "multi:run(22)", "nrev:run(2000)", "nrev:deep(300000)"));
        for (int i = 1; i <= 15; i++) {
            calls.add("arith:bad(" + i + ")");
        }
        for (int i = 0; i <= 6; i++) {
            calls.add("exc:run(" + i + ")");
        }
        calls.addAll(List.of("hof:run(5)", "hof:run(12)", "hof:bad(1)", "hof:bad(2)", "hof:bad(3)", "hof:dyn(9)",
                "inventory:run(10)", "inventory:run(100)", "inventory:bad(1)", "inventory:bad(2)", "inventory:bad(3)",
                "inventory:bad(4)"));
        return calls;
    }

    private static Path dir;
    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Erl.compile("erl-programs", "programs", PROGRAMS);
        ERL.putAll(Erl.ask(dir, calls(), true));
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    static void free() {
        runner.close();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrints(String call) {
        String result = runner.call(call);
        assertEquals(ERL.get(call), result, () -> call + " " + runner.lastDetail);
    }

    @Test
    void aProcessPastItsHeapLimitGetsSystemLimitNotACrash() {
        try (ProgramRunner small = new ProgramRunner(dir, 1 << 16)) {
            assertEquals("error:system_limit", small.call("nrev:deep(100000)"));
            assertTrue(small.lastDetail.contains("heap exhausted"), small.lastDetail);
            assertEquals(ERL.get("nrev:run(30)"), small.call("nrev:run(30)"), "a small program still fits");
        }
    }

    @Test
    void aLongRunYieldsWhenItsReductionsRunOutAndResumes() {
        assertEquals(ERL.get("fib:fib(20)"), runner.call("fib:fib(20)"));
        assertTrue(runner.lastYields > 0, "fib(20) makes over 20,000 calls, more than one slice");
    }
}

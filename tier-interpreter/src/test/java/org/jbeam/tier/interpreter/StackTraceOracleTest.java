package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stack traces against the real {@code erl}: the programs under
 * {@code src/test/resources/traces} raise errors, exits and throws in many shapes (nested
 * calls 1 to 14 deep, tail calls, BIFs with arguments, {@code function_clause}, match errors,
 * {@code error/2,3}, {@code raise/3}, funs, BIFs applied or fun-called in tail position, other modules and OTP's {@code lists}, changed
 * {@code backtrace_depth}) and return what {@code catch} or {@code try} gave; the {@code ~w}
 * text of each result must be erl's exactly. The programs keep only their own frames (and
 * {@code lists}'), since erl runs them under {@code erl_eval} and the test at the stack's
 * bottom.
 */
class StackTraceOracleTest {
    private static final List<String> PROGRAMS = List.of("tr", "tr_other", "tr_bank", "tr_tail");

    static List<String> calls() {
        List<String> calls = new ArrayList<>(IntStream.rangeClosed(1, 81).mapToObj(n -> "tr:run(" + n + ")").toList());
        IntStream.rangeClosed(1, 6).mapToObj(n -> "tr_bank:run(" + n + ")").forEach(calls::add);
        IntStream.rangeClosed(1, 10).mapToObj(n -> "tr_tail:run(" + n + ")").forEach(calls::add);
        return calls;
    }

    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-traces", "traces", PROGRAMS);
        ERL.putAll(Erl.ask(dir, calls(), false));
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    static void free() {
        runner.close();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void tracesAreWhatErlShows(String call) {
        assertEquals(ERL.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code maps:from_keys/2}, {@code is_builtin/3}, {@code bump_reductions/1} and {@code string:list_to_integer/1},
 * {@code list_to_float/1} on the interpreter against the real {@code erl}: each {@code bmisc:t(N)} of
 * {@code src/test/resources/morebifs/bmisc.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class MiscBifsOracleTest {
    private static final int CASES = 17;

    static List<String> calls() {
        return IntStream.rangeClosed(1, CASES).mapToObj(i -> "bmisc:t(" + i + ")").toList();
    }

    private static ProgramRunner runner;
    private static Map<String, String> erl;

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-bmisc", "morebifs", List.of("bmisc"));
        erl = Erl.ask(dir, calls(), false);
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrints(String call) {
        assertEquals(erl.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * The pure BIFs (conversions, tuples and lists, whole terms, the process dictionary, time,
 * unicode, {@code erlang:display/1}) on the interpreter against the real {@code erl}: each
 * {@code Mod:t(N)} of the programs under {@code src/test/resources/bifs} is one behaviour, and
 * its {@code ~w} text (errors caught in the program as {@code {Class, Reason}}) must be erl's.
 */
class BifsOracleTest {
    /** Each program with its number of cases {@code t(1..n)}. */
    private static final Map<String, Integer> PROGRAMS = Map.of("bconv", 63, "btuplist", 43, "bterm", 27, "bdict", 9,
            "btime", 17, "buni", 22, "bapp", 4, "bmaps", 32, "bdtrace", 12, "batomics", 17);
    private static final int DISPLAY_CASES = 11;

    static List<String> calls() {
        List<String> calls = new ArrayList<>();
        for (String program : List.of("bconv", "btuplist", "bterm", "bdict", "btime", "buni", "bapp", "bmaps", "bdtrace", "batomics")) {
            for (int i = 1; i <= PROGRAMS.get(program); i++) {
                calls.add(program + ":t(" + i + ")");
            }
        }
        return calls;
    }

    private static Path dir;
    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();
    private static List<String> erlDisplay;

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        List<String> sources = new ArrayList<>(PROGRAMS.keySet());
        sources.add("bdisp");
        dir = Erl.compile("erl-bifs", "bifs", sources);
        ERL.putAll(Erl.ask(dir, calls(), false));
        StringBuilder display = new StringBuilder();
        for (int i = 1; i <= DISPLAY_CASES; i++) {
            display.append("bdisp:t(").append(i).append("), ");
        }
        display.append("halt().");
        erlDisplay = List.of(Erl.run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", display.toString()))
                .split("\n"));
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
    void displayPrintsWhatErlPrints() {
        assertEquals(DISPLAY_CASES, erlDisplay.size(), "one line per display from erl");
        PrintStream original = System.out;
        for (int i = 1; i <= DISPLAY_CASES; i++) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String result;
            try {
                result = runner.call("bdisp:t(" + i + ")");
            } finally {
                System.setOut(original);
            }
            assertEquals("true", result, "display returns true");
            assertEquals(erlDisplay.get(i - 1).stripTrailing(), captured.toString(StandardCharsets.UTF_8).stripTrailing(),
                    "bdisp:t(" + i + ")");
        }
    }
}

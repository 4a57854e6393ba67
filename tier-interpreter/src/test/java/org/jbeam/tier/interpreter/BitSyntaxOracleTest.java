package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the bit-syntax programs under {@code src/test/resources/bitsyntax} on the interpreter
 * and on the real {@code erl}, and compares the {@code ~w} text of each call's result (or the
 * {@code Class:Reason} of its exception) exactly: integer, float and utf segments, binary
 * tails and units, strings, bitstrings, appends and comprehensions, construction errors, the
 * binary BIFs in bodies and guards, and a TLV protocol round trip.
 */
class BitSyntaxOracleTest {
    private static final List<String> PROGRAMS = List.of("bs_ints", "bs_floats", "bs_utf", "bs_bins", "bs_bifs",
            "bs_errors", "bs_proto", "bs_calls", "bs_guards");

    static List<String> calls() {
        List<String> calls = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            calls.add("bs_ints:get(" + i + ")");
        }
        for (int n : new int[] {0, 1, 7, 100000, -3, 123456789}) {
            calls.add("bs_ints:put(" + n + ")");
        }
        calls.addAll(List.of("bs_ints:roundtrip(1)", "bs_ints:roundtrip(-12345)", "bs_ints:roundtrip(987654321)"));
        for (int n : new int[] {0, 1, 2, -7, 1000, 3000000}) {
            calls.add("bs_floats:rt(" + n + ")");
            calls.add("bs_floats:put(" + n + ")");
            calls.add("bs_floats:half(" + n + ")");
        }
        for (int i = 1; i <= 8; i++) {
            calls.add("bs_floats:special(" + i + ")");
        }
        for (int n : new int[] {1, 65, 300, 5000}) {
            calls.addAll(List.of("bs_utf:rt(" + n + ")", "bs_utf:bad(" + n + ")", "bs_utf:skip(" + n + ")"));
        }
        calls.addAll(List.of("bs_utf:invalid(65)", "bs_utf:invalid(200)"));
        for (int n : new int[] {0, 1, 2, 3, 10, 12, 16, 24}) {
            calls.addAll(List.of("bs_bins:tail(" + n + ")", "bs_bins:unit(" + n + ")", "bs_bins:str(" + n + ")",
                    "bs_bins:bits(" + n + ")", "bs_bins:comp(" + n + ")", "bs_bins:mixed(" + n + ")"));
        }
        calls.addAll(List.of("bs_bins:append(0)", "bs_bins:append(5)", "bs_bins:append(300)", "bs_bins:append(20000)",
                "bs_bins:shared(0)", "bs_bins:shared(3)", "bs_bins:shared(100)", "bs_bins:shared(5000)"));
        calls.addAll(List.of("bs_bifs:run(1)", "bs_bifs:run(5)", "bs_bifs:run(70)", "bs_bifs:bitstrings(3)"));
        for (int i = 1; i <= 14; i++) {
            calls.add("bs_bifs:bad(" + i + ")");
        }
        for (int i = 1; i <= 21; i++) {
            calls.add("bs_errors:run(" + i + ")");
        }
        calls.addAll(List.of("bs_guards:run(0)", "bs_guards:run(1)", "bs_guards:run(3)", "bs_guards:run(7)",
                "bs_guards:run(300)", "bs_calls:tail_bif(3)", "bs_proto:run(1)", "bs_proto:run(9)",
                "bs_proto:run(60)"));
        return calls;
    }

    private static Path dir;
    private static ProgramRunner runner;
    /** Collects at every safe point, freed blocks poisoned: match states and binaries must survive. */
    private static ProgramRunner stressRunner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Erl.compile("erl-bitsyntax", "bitsyntax", PROGRAMS);
        ERL.putAll(Erl.ask(dir, calls(), true));
        runner = new ProgramRunner(dir);
        stressRunner = new ProgramRunner(dir);
        stressRunner.gcStress = true;
    }

    @AfterAll
    static void free() {
        runner.close();
        stressRunner.close();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrints(String call) {
        String result = runner.call(call);
        assertEquals(ERL.get(call), result, () -> call + " " + runner.lastDetail);
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrintsWhenEverySafePointCollects(String call) {
        assertEquals(ERL.get(call), stressRunner.call(call), () -> call + " " + stressRunner.lastDetail);
    }
}

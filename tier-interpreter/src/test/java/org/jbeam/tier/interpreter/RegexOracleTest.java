package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code re} module (jbeam's BIFs over java.util.regex, stdlib's {@code re.erl} on top) on
 * the interpreter against the real {@code erl}: each {@code Mod:t(N)} of the programs under
 * {@code src/test/resources/regex} is one behaviour ({@code rerun}: run with every option and
 * capture spec, unicode and latin-1 subjects, offsets, anchors, named groups and errors;
 * {@code recomp}: compile errors with PCRE's messages and positions, compiled patterns,
 * inspect; {@code resplit}: replace and split; {@code relog}: a log-line parser; {@code refuzz} and
 * {@code reufuzz}: batches of 200 random patterns, subjects and option sets, the second with
 * unicode subjects, properties and named references; {@code recfuzz}: random pieces of PCRE
 * syntax, mostly malformed, for compile errors and their positions), and its
 * {@code ~w} text (errors caught in the program as {@code {Class, Reason}}) must be erl's, except
 * where erl runs a construct jbeam refuses: there jbeam must raise {@code re_unsupported}. The
 * random programs leave out what {@code org.jbeam.vm.regex}'s package documentation lists as known
 * differences (captures of groups iterating on the empty string, references from a group to
 * itself); with them in, a few of every few thousand random cases differ in their captures.
 */
class RegexOracleTest {
    /** Each program with its number of cases {@code t(1..n)}. */
    private static final Map<String, Integer> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("rerun", 161);
        PROGRAMS.put("recomp", 80);
        PROGRAMS.put("resplit", 25);
        PROGRAMS.put("relog", 5);
        PROGRAMS.put("refuzz", 20);
        PROGRAMS.put("reufuzz", 10);
        PROGRAMS.put("recfuzz", 20);
    }

    /** Calls whose pattern uses a PCRE feature jbeam refuses (erl runs them). */
    private static final List<String> UNSUPPORTED = List.of("rerun:t(97)", "rerun:t(98)", "rerun:t(123)",
            "rerun:t(124)", "recomp:t(54)");

    static List<String> calls() {
        List<String> calls = new ArrayList<>();
        PROGRAMS.forEach((program, count) -> {
            for (int i = 1; i <= count; i++) {
                calls.add(program + ":t(" + i + ")");
            }
        });
        return calls;
    }

    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-regex", "regex", PROGRAMS.keySet());
        ERL.putAll(Erl.ask(dir, calls(), false));
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
        if (UNSUPPORTED.contains(call)) {
            assertEquals(true, result.startsWith("{error,{re_unsupported,"), () -> call + " gave " + result
                    + " where erl gave " + ERL.get(call));
            return;
        }
        assertEquals(ERL.get(call), result, () -> call + " " + runner.lastDetail);
    }
}

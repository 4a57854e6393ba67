package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpreter's stack-trace programs ({@code tier-interpreter/src/test/resources/traces},
 * whose {@code StackTraceOracleTest} holds the interpreter to erl) with {@code tr},
 * {@code tr_bank} and {@code tr_tail} on the template JIT and {@code tr_other} on the interpreter: the same rules,
 * the same results. Each {@code run(N)} raises one shape and returns what it caught, its trace
 * cut to the programs' frames; erl's {@code erlang:display/1} text of it must be jbeam's (the
 * process's stack ends where erl's test frames begin, as the interpreter's runner's does).
 */
@Tag("native-execution")
class InterpreterTraceProgramsOnTemplateJitTest {
    private static final Path SOURCES = Path.of("..", "tier-interpreter", "src", "test", "resources", "traces");
    private static final Set<String> ON_JIT = Set.of("tr", "tr_bank", "tr_tail");
    private static Map<String, String> erl;
    private static MixedTierRunner runner;

    record Call(String module, int n) {
        @Override
        public String toString() {
            return module + ":run(" + n + ")";
        }
    }

    static List<Call> calls() {
        List<Call> calls = new ArrayList<>(IntStream.rangeClosed(1, 81).mapToObj(n -> new Call("tr", n)).toList());
        IntStream.rangeClosed(1, 6).mapToObj(n -> new Call("tr_bank", n)).forEach(calls::add);
        IntStream.rangeClosed(1, 10).mapToObj(n -> new Call("tr_tail", n)).forEach(calls::add);
        return calls;
    }

    /**
     * The calls again, but {@code tr:run(81)}: its named ETS table outlives the process that made
     * it in this test VM (no process runtime deletes it), so it runs once.
     */
    static List<Call> callsOnceMore() {
        return calls().stream().filter(call -> !call.equals(new Call("tr", 81))).toList();
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = ErlOracle.compileFrom(SOURCES, "tjit-interpreter-traces", List.of("tr", "tr_other", "tr_bank", "tr_tail"));
        erl = ErlOracle.displayValues(dir, calls().stream().map(Call::toString).toList());
        runner = new MixedTierRunner(dir, ON_JIT::contains);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("calls")
    void tracesAreWhatErlShows(Call call) {
        assertEquals(erl.get(call.toString()),
                "[" + runner.call(call.module(), "run", TermTags.makeSmall(call.n())) + "]");
    }

    /** Traces are built on the heap while exceptions unwind: with tiny heaps that collect at every test too. */
    @ParameterizedTest
    @MethodSource("callsOnceMore")
    void tracesAreWhatErlShowsWithTinyHeapsCollectingAtEveryHeapTest(Call call) {
        assertEquals(erl.get(call.toString()),
                "[" + runner.call(call.module(), "run", 16, 8, true, TermTags.makeSmall(call.n())) + "]");
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The shape of the many oracle tests whose program is one module of numbered cases: each
 * {@code Mod:t(N)}, N from 1 to {@link #cases}, is one behaviour; erl prints every result with
 * {@code ~w} in one run (errors caught inside the program), and the interpreter's result must
 * print the same. A test class names its resource folder, module and case count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NumberedCasesOracle {
    private ProgramRunner runner;
    private Map<String, String> erl;

    /** The folder under {@code src/test/resources} that holds the module's source. */
    abstract String folder();

    abstract String module();

    /** How many {@code t/1} clauses the module has. */
    abstract int cases();

    /** Extra erlc options the module is compiled with; none by default. */
    List<String> erlcOptions() {
        return List.of();
    }

    List<String> calls() {
        return IntStream.rangeClosed(1, cases()).mapToObj(i -> module() + ":t(" + i + ")").toList();
    }

    @BeforeAll
    void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-" + module(), folder(), List.of(module()), erlcOptions());
        erl = Erl.ask(dir, calls(), false);
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> printsWhatErlPrints() {
        return calls().stream().map(call -> DynamicTest.dynamicTest(call,
                () -> assertEquals(erl.get(call), runner.call(call), () -> call + " " + runner.lastDetail)));
    }
}

package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The shape of the oracle tests whose functions need a process runtime: each function of one
 * module runs as the first process of a fresh runtime on the interpreter, and in a fresh
 * process on the real erl; the {@code ~w} text of the result (or {@code Class:Reason}) must be
 * the same. A test class names its resource folder, module and functions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FreshProcessOracle {
    private ProcessRunner runner;
    private final Map<String, String> erl = new HashMap<>();

    /** The folder under {@code src/test/resources} that holds the module's source. */
    abstract String folder();

    abstract String module();

    /** The module's zero-arity functions to run, one behaviour each. */
    abstract List<String> functions();

    /**
     * The zero-arity functions a test resource defines ({@code name() ->} at the start of a
     * line), in source order, less {@code helpers}: for programs where every such function is
     * one behaviour.
     */
    static List<String> functionsDefinedIn(String resource, List<String> helpers) {
        String source;
        try (InputStream in = FreshProcessOracle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^([a-z_0-9]+)\\(\\) ->").matcher(source);
        while (m.find()) {
            if (!names.contains(m.group(1)) && !helpers.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Flags for erl beyond {@code -noshell} (e.g. one scheduler, {@code +S 1}). */
    List<String> erlFlags() {
        return List.of();
    }

    /** The runner (a subclass may give one with more BIFs). */
    ProcessRunner runner(Path dir) {
        return new ProcessRunner(dir);
    }

    @BeforeAll
    void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-" + module(), folder(), List.of(module()));
        if (functions().isEmpty()) {
            throw new IllegalStateException("no function of " + module() + " to run");
        }
        erl.putAll(Erl.askInFreshProcesses(dir, module(), functions(), erlFlags()));
        runner = runner(dir);
    }

    @AfterAll
    void free() {
        if (runner != null) {
            runner.close();
        }
    }

    /** How often each function runs on jbeam (a stress test repeats races). */
    int repetitions() {
        return 1;
    }

    @TestFactory
    Stream<DynamicTest> printsWhatErlPrints() {
        return functions().stream().map(function -> DynamicTest.dynamicTest(function, () -> {
            for (int run = 1; run <= repetitions(); run++) {
                int attempt = run;
                assertEquals(erl.get(function), runner.run(module(), function),
                        () -> function + " (run " + attempt + ") " + runner.lastDetail);
            }
        }));
    }
}

package org.jbeam.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jbeam.conformance.Corpus.Program;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus of issue 3: every program under {@code src/test/erlang/small} and
 * {@code src/test/erlang/large} is compiled with {@code erlc}, run on the real {@code erl} with
 * {@code -noshell -pa BEAMS -s Mod main -s init stop} and on jbeam with the same flags on each
 * tier, and must give the same stdout, byte for byte, and the same exit status. One dynamic test
 * per program; a failure names the program and the runner and shows a unified diff.
 *
 * <p>System properties:
 * <ul>
 * <li>{@code conformance.runners}: {@code erl,jbeam} (default) compares jbeam with erl;
 *     {@code erl} runs erl twice and checks that every program is deterministic.</li>
 * <li>{@code conformance.tiers}: the jbeam tiers, comma-separated (default {@code interpreter}).</li>
 * <li>{@code conformance.mix}: second tiers, comma-separated; each program also runs with its
 *     modules spread over each tier and each of these (not itself): those whose name starts with
 *     every second letter ({@code b}, {@code d}, ...) on the second tier (issue 5's mixing, issue
 *     7's calls, returns and exceptions across tiers). {@code interpreter-b} is a second
 *     interpreter in this module's test sources ({@link SecondInterpreter}). The Maven profile
 *     {@code full} runs {@code interpreter} and {@code template-jit}, each alone and mixed with
 *     the other.</li>
 * <li>{@code conformance.filter}: a regular expression found in {@code group/module} selects
 *     programs (default: all).</li>
 * <li>{@code conformance.stress}: {@code true} runs jbeam with {@code debug.gc-stress} and one
 *     reduction per slice (a collection at every heap test, a yield at every call); the Maven
 *     profile {@code stress} sets it. A program whose source has a line
 *     {@code %% not under stress: REASON} is reported skipped there, with the reason.</li>
 * <li>{@code conformance.threads}: runs at a time (default 2); {@code conformance.limit}: seconds
 *     one run may take before it counts as hanging (default 120).</li>
 * </ul>
 */
class ConformanceCorpusTest {
    private static final List<String> GROUPS = List.of("small", "large");

    private static final ExecutorService RUNS = Executors.newFixedThreadPool(
            Integer.getInteger("conformance.threads", 2), runnable -> {
                Thread thread = new Thread(runnable, "conformance-run");
                thread.setDaemon(true);
                return thread;
            });

    /** The runs of one program: the reference first, then what is compared with it. */
    private record Runs(Program program, String referenceName, Future<Outcome> reference,
            List<String> names, List<Future<Outcome>> others) {}

    @AfterAll
    static void stopRuns() {
        RUNS.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatErlPrints() throws Exception {
        Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path beams = base.resolve("target/conformance-beams");
        Path work = base.resolve("target/conformance-work");
        Files.createDirectories(work);
        List<Program> programs = Corpus.find(base.resolve("src/test/erlang"), GROUPS,
                Pattern.compile(System.getProperty("conformance.filter", "")));
        assertTrue(!programs.isEmpty(), "no corpus program matches conformance.filter");
        Corpus.compile(programs, beams);

        long limit = Long.getLong("conformance.limit", 120);
        List<String> runnerNames = split(System.getProperty("conformance.runners", "erl,jbeam"));
        ErlRunner erl = new ErlRunner(beams, work, limit);
        List<ProgramRunner> compared = new ArrayList<>();
        if (runnerNames.contains("jbeam")) {
            List<String> mixes = split(System.getProperty("conformance.mix", ""));
            for (String tier : split(System.getProperty("conformance.tiers", "interpreter"))) {
                compared.add(new JbeamRunner(tier, null, beams, work, limit));
                for (String mix : mixes) {
                    if (!mix.equals(tier)) {
                        compared.add(new JbeamRunner(tier, mix, beams, work, limit));
                    }
                }
            }
        } else if (runnerNames.equals(List.of("erl"))) {
            compared.add(erl);
        } else {
            fail("conformance.runners must be erl,jbeam or erl, not " + runnerNames);
        }
        boolean stress = Boolean.getBoolean("conformance.stress");
        List<Program> skipped = programs.stream().filter(p -> stress && p.notUnderStress() != null).toList();
        List<Runs> runs = programs.stream().filter(p -> !skipped.contains(p)).map(p -> submit(p, erl, compared))
                .toList();
        return Stream.concat(
                skipped.stream().map(p -> DynamicTest.dynamicTest(p.displayName(), () -> Assumptions.abort(
                        "not run under stress: " + p.notUnderStress()))),
                runs.stream().map(r -> DynamicTest.dynamicTest(r.program().displayName(), () -> check(r))));
    }

    private static Runs submit(Program program, ProgramRunner reference, List<ProgramRunner> compared) {
        Future<Outcome> first = RUNS.submit(() -> reference.run(program.module(), "ref"));
        List<String> names = new ArrayList<>();
        List<Future<Outcome>> others = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            ProgramRunner runner = compared.get(i);
            String tag = "run" + i;
            names.add(runner == reference ? reference.name() + " (second run)" : runner.name());
            others.add(RUNS.submit(() -> runner.run(program.module(), tag)));
        }
        return new Runs(program, reference.name(), first, names, others);
    }

    private static void check(Runs runs) throws InterruptedException {
        Outcome expected = await(runs, runs.referenceName(), runs.reference());
        StringBuilder problems = new StringBuilder();
        for (int i = 0; i < runs.others().size(); i++) {
            String name = runs.names().get(i);
            Outcome actual = await(runs, name, runs.others().get(i));
            boolean sameOutput = Arrays.equals(expected.stdout(), actual.stdout());
            if (sameOutput && expected.status() == actual.status()) {
                continue;
            }
            problems.append(runs.program().displayName()).append(" on ").append(name).append(": ");
            problems.append("exit status ").append(actual.status()).append(", ").append(runs.referenceName())
                    .append(' ').append(expected.status()).append(sameOutput ? "; same stdout"
                            : "; stdout differs from byte " + expected.firstDifferentByte(actual)).append('\n');
            if (!sameOutput) {
                problems.append(UnifiedDiff.of(runs.referenceName(), expected.stdoutText(), name, actual.stdoutText()));
            }
            problems.append("stderr of ").append(name).append(":\n").append(tail(actual.stderr())).append('\n');
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    private static Outcome await(Runs runs, String name, Future<Outcome> run) throws InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw new AssertionError(runs.program().displayName() + " could not run on " + name + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The end of a long stderr: where a VM says why it stopped. */
    private static String tail(String text) {
        int keep = 4000;
        return text.length() <= keep ? text : "...\n" + text.substring(text.length() - keep);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

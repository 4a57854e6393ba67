package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workloads compile with erlc, and on erl the harness reports for each the same result
 * as a separate erl that calls {@code run(quick_size())} directly; several results are also
 * checked against independent Erlang expressions (an iterative Fibonacci, the digits of
 * math:pi(), the ring's hop arithmetic, the JSON round trip's equality, lists:sort/1 for the
 * quicksort, closed forms for spawn's sums, a second Takeuchi).
 */
class WorkloadsOnErlTest {
    @TempDir
    static Path work;
    static Path beams;

    @BeforeAll
    static void compile() throws BenchException {
        beams = BenchBeams.compile(work);
    }

    @Test
    void catalogueNamesExactlyTheErlangSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/erlang"))) {
            TreeSet<String> sources = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".erl"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(sources, new TreeSet<>(Workloads.allModules()));
        }
        assertTrue(Workloads.all().size() >= 15, "the issue asks for at least 15 workloads");
    }

    @Test
    void harnessResultsMatchDirectCallsAndIndependentChecks() throws Exception {
        ErlRunner erl = new ErlRunner(beams, work.resolve("run"));
        Map<String, String> harness = new HashMap<>();
        for (Workload workload : Workloads.all()) {
            WorkloadRun run = erl.run(workload, SizeMode.QUICK, 1, 1);
            assertEquals(1, run.block().warmupNs().size());
            assertEquals(1, run.block().iterationNs().size());
            assertTrue(run.block().iterationNs().get(0) > 0, workload.name() + " took no time at all");
            harness.put(workload.module(), run.result());
        }
        String direct = ErlProcess.eval(beams, "[io:format(\"~s ~w~n\", [M, M:run(M:quick_size())]) || M <- "
                + erlangList(Workloads.all().stream().map(Workload::module).toList()) + "], halt().");
        Map<String, String> directResults = new HashMap<>();
        for (String line : direct.strip().split("\n")) {
            directResults.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
        }
        assertEquals(directResults, harness);
        independentChecks(harness);
    }

    /** Each check binds R to the harness's result text and must evaluate to true on erl. */
    private static void independentChecks(Map<String, String> harness) throws Exception {
        Map<String, String> checks = Map.of(
                "bench_fib", "Fib = fun F(0, A, _) -> A; F(N, A, B) -> F(N - 1, B, A + B) end,"
                        + " R =:= Fib(bench_fib:quick_size(), 0, 1)",
                "bench_pidigits", "{N, First, _} = R, Pi = [C - $0 || C <- float_to_list(math:pi(), [{decimals, 12}]),"
                        + " C =/= $.], N =:= bench_pidigits:quick_size() andalso First =:= lists:sublist(Pi, 10)",
                "bench_ring", "{Hops, Sum} = R, Hops =:= 500 * bench_ring:quick_size() andalso Sum =:= Hops - 1",
                "bench_json", "element(3, R) =:= true",
                "bench_qsort", "{Len, Sum} = R, L = lists:sort(jbeam_bench_lib:random_list(bench_qsort:quick_size(), 42)),"
                        + " Len =:= length(L) andalso Sum =:= jbeam_bench_lib:checksum(L)",
                "bench_spawn", "N = bench_spawn:quick_size(), H = N div 2, L = N - H,"
                        + " R =:= {H * (H + 1) div 2, L * (L + 1)}",
                "bench_tak", "Tak = fun T(X, Y, Z) when Y < X -> T(T(X - 1, Y, Z), T(Y - 1, Z, X), T(Z - 1, X, Y));"
                        + " T(_, _, Z) -> Z end, R =:= Tak(18, 12, 6) * bench_tak:quick_size()");
        StringBuilder expression = new StringBuilder();
        for (Map.Entry<String, String> check : checks.entrySet()) {
            // Each check in its own fun, so the variables of one do not bind those of the next.
            expression.append("io:format(\"").append(check.getKey()).append(" ~w~n\", [(fun() -> R = ")
                    .append(harness.get(check.getKey())).append(", ").append(check.getValue()).append(" end)()]), ");
        }
        String output = ErlProcess.eval(beams, expression + "halt().");
        for (String module : checks.keySet()) {
            assertTrue(output.contains(module + " true"), () -> module + " failed its independent check:\n" + output);
        }
    }

    @Test
    void aCrashingWorkloadIsAClearErrorNotAResult() {
        ErlRunner erl = new ErlRunner(beams, work.resolve("run"));
        Workload missing = new Workload("no_such_workload", WorkloadGroup.SEQUENTIAL, "absent");
        BenchException e = assertThrows(BenchException.class, () -> erl.run(missing, SizeMode.QUICK, 1, 1));
        assertTrue(e.getMessage().contains("undef"), e.getMessage());
    }

    @Test
    void memoryFiguresAreMeasuredOnErl() throws BenchException {
        MemoryFigures figures = new ErlRunner(beams, work.resolve("run")).measureMemory(1000);
        assertTrue(figures.measured());
        assertEquals(1000, figures.processes());
        assertTrue(figures.idleProcessBytes() > 0 && figures.processInfoBytes() > 0, figures.toString());
        assertTrue(figures.peakRssKb().isPresent(), "erl's /proc/self/status has VmHWM on Linux");
    }

    @Test
    void theFairnessCheckRunsOnErl() throws BenchException {
        FairnessFigures figures = new ErlRunner(beams, work.resolve("run")).measureFairness(200, 2);
        assertTrue(figures.measured());
        assertEquals(400, figures.pings());
        assertTrue(figures.medianNs() > 0 && figures.worstNs() >= figures.p99Ns()
                && figures.p99Ns() >= figures.medianNs(), figures.toString());
    }

    private static String erlangList(List<String> atoms) {
        return "[" + String.join(", ", atoms) + "]";
    }
}

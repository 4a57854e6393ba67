package org.jbeam.bench.bakeoff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.jbeam.bench.load.LoadBakeOff;
import org.jbeam.vm.beam.BeamLoadException;

/**
 * The bake-off driver ({@code bench bakeoff}): compiles the workloads once with erlc, runs
 * every workload on every available runner, times loading all of stdlib, and writes
 * {@code results.json}, {@code memory.json}, {@code load.json}, {@code report.md} and
 * {@code report.html}.
 *
 * <p>Per workload the runners take turns block by block (erl, tier A, tier B, then the next
 * block starting one runner later), so slow drift of a shared machine falls on all of them
 * alike. Each block is a fresh VM. A runner's result must equal erl's; the exit status is 1
 * when any differs or fails, 2 for a usage error.
 */
public final class BakeOff {
    /** Exit status when a runner failed or computed something other than erl. */
    public static final int RESULT_MISMATCH = 1;
    /** Exit status for a bad command line. */
    public static final int USAGE_ERROR = 2;

    private final BakeOffOptions options;
    private final PrintStream log;

    public BakeOff(BakeOffOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BakeOffOptions options;
        try {
            options = BakeOffOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench bakeoff: " + e.getMessage());
            err.println(BakeOffOptions.USAGE);
            return USAGE_ERROR;
        }
        try {
            BakeOffResult result = new BakeOff(options, err).execute();
            write(result, options.out());
            out.print(MarkdownReport.render(result));
            out.println("\nwritten to " + options.out().toAbsolutePath());
            return result.allResultsOk() ? 0 : RESULT_MISMATCH;
        } catch (BenchException | IOException e) {
            err.println("bench bakeoff: " + e.getMessage());
            return RESULT_MISMATCH;
        }
    }

    /** Compiles, runs and measures; writes nothing. */
    public BakeOffResult execute() throws BenchException, IOException {
        Files.createDirectories(options.out());
        Path work = Files.createTempDirectory("jbeam-bakeoff");
        Path beams = BenchBeams.compile(work);
        RunnerLineup lineup = RunnerLineup.discover(beams, work.resolve("run")).select(options.runners());
        lineup.unavailable().forEach(u -> log.println("bakeoff: not measured: " + u.name() + " — " + u.reason()));
        return runAll(lineup);
    }

    /** Runs the selected workloads, memory figures and stdlib loading on {@code lineup}, erl first. */
    BakeOffResult runAll(RunnerLineup lineup) {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Measurement> measurements = new ArrayList<>();
        for (Workload workload : Workloads.select(options.only())) {
            measurements.addAll(measure(workload, lineup.available()));
        }
        List<MemoryFigures> memory = new ArrayList<>();
        if (options.memoryProcesses() > 0) {
            for (Runner runner : lineup.available()) {
                memory.add(measureMemory(runner));
            }
        }
        List<FairnessFigures> fairness = new ArrayList<>();
        if (options.fairnessResponders() > 0) {
            for (Runner runner : lineup.available()) {
                fairness.add(measureFairness(runner));
            }
        }
        StdlibLoad load = options.stdlibLoad() ? measureStdlibLoad() : StdlibLoad.skipped();
        return new BakeOffResult(startedAt, machine(), options, measurements, memory, fairness, lineup.unavailable(),
                load);
    }

    /** Writes the result files into {@code out}. */
    public static void write(BakeOffResult result, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), ResultsJson.results(result));
        Files.writeString(out.resolve("memory.json"), ResultsJson.memory(result));
        Files.writeString(out.resolve("fairness.json"), ResultsJson.fairness(result));
        Files.writeString(out.resolve("load.json"), ResultsJson.load(result));
        Files.writeString(out.resolve("report.md"), MarkdownReport.render(result));
        Files.writeString(out.resolve("report.html"), HtmlReport.render(result));
    }

    private List<Measurement> measure(Workload workload, List<Runner> runners) {
        Map<Runner, List<WorkloadRun>> runs = new LinkedHashMap<>();
        Map<Runner, String> errors = new LinkedHashMap<>();
        runners.forEach(r -> runs.put(r, new ArrayList<>()));
        for (int block = 0; block < options.blocks(); block++) {
            for (int turn = 0; turn < runners.size(); turn++) {
                Runner runner = runners.get((block + turn) % runners.size());
                if (errors.containsKey(runner)) {
                    continue;
                }
                log.printf("bakeoff: %s on %s, block %d of %d%n", workload.name(), runner.name(), block + 1,
                        options.blocks());
                try {
                    runs.get(runner).add(runner.run(workload, options.size(), options.warmup(), options.iterations()));
                } catch (BenchException e) {
                    errors.put(runner, e.getMessage());
                    log.println("bakeoff: " + e.getMessage());
                }
            }
        }
        String reference = referenceResult(runs.get(runners.get(0)), errors.containsKey(runners.get(0)));
        List<Measurement> measurements = new ArrayList<>();
        for (Runner runner : runners) {
            measurements.add(measurement(workload, runner.name(), runs.get(runner), errors.get(runner), reference));
        }
        return measurements;
    }

    /** erl's result when every erl block finished and agreed, else null (then nothing is ok). */
    private static String referenceResult(List<WorkloadRun> erlRuns, boolean erlFailed) {
        if (erlFailed || erlRuns.isEmpty()) {
            return null;
        }
        String first = erlRuns.get(0).result();
        return erlRuns.stream().allMatch(r -> r.result().equals(first)) ? first : null;
    }

    private static Measurement measurement(Workload workload, String runner, List<WorkloadRun> runs, String error,
            String reference) {
        List<Block> blocks = runs.stream().map(WorkloadRun::block).toList();
        String result = runs.isEmpty() ? null : runs.get(0).result();
        boolean ok = error == null && reference != null && runs.stream().allMatch(r -> r.result().equals(reference));
        String problem = error;
        if (problem == null && !ok) {
            problem = reference == null ? "erl gave no consistent result to compare with"
                    : "result differs from erl's " + reference;
        }
        Long size = runs.isEmpty() ? null : runs.get(0).size();
        OptionalLong peak = runs.stream().map(WorkloadRun::peakRssKb).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        return new Measurement(workload, runner, size, blocks, result, ok, problem, peak);
    }

    private MemoryFigures measureMemory(Runner runner) {
        log.printf("bakeoff: memory figures of %s with %d idle processes%n", runner.name(), options.memoryProcesses());
        try {
            return runner.measureMemory(options.memoryProcesses());
        } catch (BenchException e) {
            log.println("bakeoff: " + e.getMessage());
            return MemoryFigures.failed(runner.name(), options.memoryProcesses(), e.getMessage());
        }
    }

    private FairnessFigures measureFairness(Runner runner) {
        log.printf("bakeoff: fairness of %s: %d responders beside a spinning process%n", runner.name(),
                options.fairnessResponders());
        try {
            return runner.measureFairness(options.fairnessResponders(), options.fairnessRounds());
        } catch (BenchException e) {
            log.println("bakeoff: " + e.getMessage());
            return FairnessFigures.failed(runner.name(), options.fairnessResponders(), e.getMessage());
        }
    }

    /** Loading all of stdlib: a third of the usual rounds under --quick. */
    private StdlibLoad measureStdlibLoad() {
        boolean quick = options.size() == SizeMode.QUICK;
        log.println("bakeoff: loading all of stdlib, jbeam's loader and erl's");
        try {
            return new StdlibLoad(LoadBakeOff.measure(quick ? 1 : 3, quick ? 5 : 7, quick ? 3 : 5), null);
        } catch (IOException | BeamLoadException | RuntimeException e) {
            log.println("bakeoff: stdlib loading not measured: " + e.getMessage());
            return new StdlibLoad(null, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StdlibLoad(null, "interrupted");
        }
    }

    private static String machine() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return host + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}

package org.jbeam.bench.bakeoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A runner that starts a VM with an erl-compatible command line and lets
 * {@code jbeam_bench_harness} time the workload inside it. Subclasses only say how to start
 * their VM ({@link #vmCommand()}); the harness arguments, the output protocol and error
 * handling are the same for erl and every jbeam tier.
 */
public abstract class HarnessRunner implements Runner {
    private static final String HARNESS = "jbeam_bench_harness";
    private static final long TIMEOUT_MINUTES = 30;

    private final Path workDir;

    /** {@code workDir} is the VM's working directory (where a crashing VM may leave a dump). */
    protected HarnessRunner(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * The command that starts the VM without a shell and with the bench {@code .beam} folder
     * on its code path; {@code -run jbeam_bench_harness FUNCTION ARGS...} is appended.
     */
    protected abstract List<String> vmCommand();

    @Override
    public WorkloadRun run(Workload workload, SizeMode size, int warmup, int iterations) throws BenchException {
        if (warmup < 1 || iterations < 1) {
            throw new IllegalArgumentException("warm-up and iterations must be at least 1");
        }
        HarnessOutput output = runHarness("main", workload.module(), size.harnessArgument(),
                Integer.toString(warmup), Integer.toString(iterations));
        List<Long> warmupNs = output.longs("warmup_ns");
        List<Long> iterationNs = output.longs("iteration_ns");
        if (warmupNs.size() != warmup || iterationNs.size() != iterations) {
            throw new BenchException(name() + " printed " + warmupNs.size() + " warm-up and " + iterationNs.size()
                    + " measured iterations of " + workload.name() + ", expected " + warmup + " and " + iterations);
        }
        return new WorkloadRun(output.singleLong("size"), new Block(warmupNs, iterationNs), output.single("result"),
                output.peakRssKb());
    }

    @Override
    public MemoryFigures measureMemory(int processes) throws BenchException {
        HarnessOutput output = runHarness("memory", Integer.toString(processes));
        return new MemoryFigures(name(), output.singleLong("processes"), output.singleLong("idle_process_bytes"),
                output.singleLong("process_info_memory_bytes"), output.peakRssKb(), null);
    }

    @Override
    public FairnessFigures measureFairness(int responders, int rounds) throws BenchException {
        HarnessOutput output = runHarness("fairness", Integer.toString(responders), Integer.toString(rounds));
        return new FairnessFigures(name(), output.singleLong("responders"), output.singleLong("pings"),
                output.singleLong("worst_latency_ns"), output.singleLong("p99_latency_ns"),
                output.singleLong("median_latency_ns"), null);
    }

    private HarnessOutput runHarness(String function, String... arguments) throws BenchException {
        List<String> command = new ArrayList<>(vmCommand());
        command.addAll(List.of("-run", HARNESS, function));
        command.addAll(List.of(arguments));
        String text = execute(command);
        HarnessOutput output = HarnessOutput.parse(text);
        if (!output.has("done")) {
            throw new BenchException(name() + " failed running " + String.join(" ", arguments) + ": "
                    + failureSummary(output));
        }
        return output;
    }

    private String execute(List<String> command) throws BenchException {
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            // A crashing erl would otherwise spend seconds writing erl_crash.dump.
            builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
            Process vm = builder.start();
            vm.getOutputStream().close();
            String text = new String(vm.getInputStream().readAllBytes());
            if (!vm.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                vm.destroyForcibly();
                throw new BenchException(name() + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            return text;
        } catch (IOException e) {
            throw new BenchException("cannot start " + name() + " (" + command.get(0) + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while " + name() + " ran", e);
        }
    }

    private static String failureSummary(HarnessOutput output) {
        if (output.has("unstable_result")) {
            return "the result changed between iterations: " + output.all("unstable_result").get(0);
        }
        if (output.has("error")) {
            return "the workload raised " + output.all("error").get(0);
        }
        String text = output.text().strip();
        return text.isEmpty() ? "no output" : text.substring(0, Math.min(text.length(), 2000));
    }
}

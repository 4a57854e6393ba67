package org.jbeam.bench.tiers;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one bake-off workload ({@code bench/src/main/erlang}, the same {@code .beam} files the
 * bake-off runs) on one jbeam tier, in a VM embedded in the benchmark's JVM. An operation is
 * one {@code Module:run(Size)} in a new process; its result's checksum must be the first run's.
 * {@code tier} takes every tier ServiceLoader finds ({@code bin/bench} passes them with
 * {@code -p tier=...}); {@code workload} every bake-off workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
    "-Dguice_bytecode_gen_option=DISABLED", "-Xss16m"})
public class WorkloadBenchmark {
    @Param({"interpreter"})
    public String tier;

    @Param({"fib", "tak", "nrev", "qsort", "lists_sort", "records", "nbody", "mandelbrot", "pidigits", "binary_build",
        "proto_parse", "maps", "funs", "exceptions", "io_lib", "ets", "json", "compile", "ring", "pingpong", "spawn"})
    public String workload;

    /** {@code quick} or {@code default}: the bake-off's sizes. */
    @Param({"quick"})
    public String size;

    private TierWorkload run;

    @Setup(Level.Trial)
    public void start() {
        run = TierWorkload.start(tier, workload, size);
    }

    @Benchmark
    public long runOnce() {
        return run.runChecked();
    }

    @TearDown(Level.Trial)
    public void stop() {
        run.close();
    }
}

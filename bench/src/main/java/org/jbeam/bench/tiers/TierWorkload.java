package org.jbeam.bench.tiers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jbeam.bench.bakeoff.BenchBeams;
import org.jbeam.bench.bakeoff.BenchException;
import org.jbeam.bench.bakeoff.Workload;
import org.jbeam.bench.bakeoff.Workloads;
import org.jbeam.config.EmbeddedVm;
import org.jbeam.config.settings.ConfigurationException;

/**
 * A bake-off workload ready to run on one tier of an embedded jbeam: the workload's
 * {@code .beam} files compiled by {@code erlc}, a booted VM whose modules all run on {@code tier},
 * the size resolved, and the checksum of the first run kept so that every later run is checked.
 */
public final class TierWorkload implements AutoCloseable {
    /** Long enough for the slowest workload at default size on the interpreter. */
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final String HARNESS = "jbeam_bench_harness";

    private final EmbeddedVm vm;
    private final String module;
    private final long size;
    private final long expected;

    private TierWorkload(EmbeddedVm vm, String module, long size) {
        this.vm = vm;
        this.module = module;
        this.size = size;
        this.expected = runOnce();
    }

    /**
     * Compiles the bench sources, starts a VM on {@code tier} and runs the workload once.
     *
     * @param size {@code quick} or {@code default}
     * @throws IllegalStateException when anything of that fails, naming what
     */
    public static TierWorkload start(String tier, String workload, String size) {
        Workload chosen = Workloads.select(List.of(workload)).getFirst();
        Path beams;
        try {
            beams = BenchBeams.compile(Files.createTempDirectory("jbeam-jmh"));
        } catch (IOException | BenchException e) {
            throw new IllegalStateException("cannot compile the bench sources: " + e.getMessage(), e);
        }
        EmbeddedVm vm;
        try {
            vm = EmbeddedVm.boot(List.of("-tier", tier), List.of("-pa", beams.toString()));
        } catch (ConfigurationException e) {
            throw new IllegalStateException("cannot start jbeam on tier " + tier + ": " + e.getMessage(), e);
        }
        try {
            long resolved = vm.call(HARNESS, "size_of", LIMIT, chosen.module(), size);
            return new TierWorkload(vm, chosen.module(), resolved);
        } catch (RuntimeException e) {
            vm.close();
            throw e;
        }
    }

    /** The checksum ({@code erlang:phash2}) of one run's result. */
    public long runOnce() {
        return vm.call(HARNESS, "run_once", LIMIT, module, size);
    }

    /** One run, whose checksum must be the first run's. */
    public long runChecked() {
        long checksum = runOnce();
        if (checksum != expected) {
            throw new IllegalStateException(module + " gave a different result: checksum " + checksum
                    + ", first run " + expected);
        }
        return checksum;
    }

    /** The size the workload runs at. */
    public long size() {
        return size;
    }

    @Override
    public void close() {
        vm.close();
    }
}

package org.jbeam.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jbeam.vm.beam.BeamLoadException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** JMH: reading, validating and resolving every stdlib {@code .beam} file, literals decoded. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class StdlibLoadBenchmark {
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    @Setup
    public void readFiles() throws IOException {
        for (Path file : StdlibFiles.beamFiles()) {
            names.add(file.toString());
            contents.add(Files.readAllBytes(file));
        }
    }

    @Benchmark
    public void loadAllOfStdlib(Blackhole sink) throws BeamLoadException {
        try (StdlibLoading loading = new StdlibLoading()) {
            for (int i = 0; i < names.size(); i++) {
                sink.consume(loading.load(names.get(i), contents.get(i)));
            }
        }
    }
}

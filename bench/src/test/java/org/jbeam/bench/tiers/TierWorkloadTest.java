package org.jbeam.bench.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jbeam.bench.bakeoff.BenchBeams;
import org.jbeam.bench.bakeoff.BenchException;
import org.jbeam.bench.bakeoff.Workload;
import org.jbeam.bench.bakeoff.Workloads;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the JMH suites run: each bake-off workload at its quick size on the interpreter in an
 * embedded VM gives the checksum ({@code erlang:phash2}) of the result the real erl computes
 * from the same {@code .beam} files, and a second run gives it again.
 */
class TierWorkloadTest {
    static List<String> workloads() {
        return Workloads.all().stream().map(Workload::name).toList();
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void aWorkloadOnTheInterpreterComputesWhatErlComputes(String workload, @TempDir Path dir) throws Exception {
        String module = Workloads.select(List.of(workload)).getFirst().module();
        try (TierWorkload run = TierWorkload.start("interpreter", workload, "quick")) {
            long checksum = run.runChecked();
            assertEquals(erlChecksum(dir, module), checksum, workload);
        }
    }

    private static long erlChecksum(Path dir, String module) throws IOException, InterruptedException, BenchException {
        Path beams = BenchBeams.compile(dir);
        String eval = "io:format(\"~w~n\", [jbeam_bench_harness:run_once(" + module
                + ", jbeam_bench_harness:size_of(" + module + ", quick))]), halt().";
        Process erl = new ProcessBuilder("erl", "-noshell", "-pa", beams.toString(), "-eval", eval)
                .redirectErrorStream(true).start();
        String out = new String(erl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, erl.waitFor(), "erl: " + out);
        return Long.parseLong(out);
    }
}

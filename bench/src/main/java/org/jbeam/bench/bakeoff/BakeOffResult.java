package org.jbeam.bench.bakeoff;

import java.util.List;

/**
 * A finished bake-off, as the reports see it.
 *
 * @param startedAt    when it started (ISO-8601, UTC)
 * @param machine      a one-line description of the machine and JVM
 * @param options      the options it ran with
 * @param measurements one per workload and runner, workloads in catalogue order, erl first
 * @param memory       one per runner
 * @param fairness     one per runner (none when the check was skipped)
 * @param unavailable  the runners that could not take part, and why
 * @param stdlibLoad   the time to load all of stdlib, jbeam's loader against erl's
 */
public record BakeOffResult(String startedAt, String machine, BakeOffOptions options, List<Measurement> measurements,
        List<MemoryFigures> memory, List<FairnessFigures> fairness, List<UnavailableRunner> unavailable, StdlibLoad stdlibLoad) {

    public BakeOffResult {
        measurements = List.copyOf(measurements);
        memory = List.copyOf(memory);
        fairness = List.copyOf(fairness);
        unavailable = List.copyOf(unavailable);
    }

    /** The ratios and geometric means of these measurements. */
    public Comparison comparison() {
        return new Comparison(measurements);
    }

    /** Whether every runner computed erl's result on every workload. */
    public boolean allResultsOk() {
        return measurements.stream().allMatch(Measurement::resultOk);
    }
}

package org.jbeam.bench.bakeoff;

import java.util.OptionalLong;

/**
 * Memory figures of one runner, measured by {@code jbeam_bench_harness:memory/1} in the
 * runner's own VM: the growth of {@code erlang:memory(processes)} per idle process after
 * spawning {@code processes} of them, {@code process_info(P, memory)} of one idle process,
 * and the peak resident set of the VM process from /proc.
 *
 * @param error why the figures are missing, or null when they were measured
 */
public record MemoryFigures(String runner, long processes, long idleProcessBytes, long processInfoBytes,
        OptionalLong peakRssKb, String error) {

    /** Figures that could not be measured, with the reason. */
    public static MemoryFigures failed(String runner, long processes, String error) {
        return new MemoryFigures(runner, processes, 0, 0, OptionalLong.empty(), error);
    }

    public boolean measured() {
        return error == null;
    }
}

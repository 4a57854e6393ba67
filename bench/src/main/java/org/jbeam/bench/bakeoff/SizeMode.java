package org.jbeam.bench.bakeoff;

/**
 * Which of a workload's declared sizes a run uses: {@code quick_size()} for a fast check of
 * the whole bake-off, {@code default_size()} for figures worth reading.
 */
public enum SizeMode {
    QUICK("quick"),
    DEFAULT("default");

    private final String harnessArgument;

    SizeMode(String harnessArgument) {
        this.harnessArgument = harnessArgument;
    }

    /** The size argument {@code jbeam_bench_harness:main/1} understands. */
    public String harnessArgument() {
        return harnessArgument;
    }
}

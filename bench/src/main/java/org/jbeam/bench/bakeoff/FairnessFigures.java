package org.jbeam.bench.bakeoff;

/**
 * The fairness check of one runner, measured by {@code jbeam_bench_harness:fairness/1} in the
 * runner's own VM: one process spins in a busy loop while {@code responders} processes wait
 * in {@code receive}; each is pinged in turn, {@code pings} round trips in all, and the worst,
 * 99th-percentile and median round-trip latencies are kept. A scheduler that let the spinner
 * run on would show it in the worst latency.
 *
 * @param error why the figures are missing, or null when they were measured
 */
public record FairnessFigures(String runner, long responders, long pings, long worstNs, long p99Ns, long medianNs,
        String error) {

    /** Figures that could not be measured, with the reason. */
    public static FairnessFigures failed(String runner, long responders, String error) {
        return new FairnessFigures(runner, responders, 0, 0, 0, 0, error);
    }

    public boolean measured() {
        return error == null;
    }
}

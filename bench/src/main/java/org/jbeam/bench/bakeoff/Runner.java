package org.jbeam.bench.bakeoff;

/**
 * Something that runs the bake-off's {@code .beam} workloads and times them: the real erl,
 * or jbeam on one execution tier. Every runner times inside its own VM with the same Erlang
 * harness, after the same warm-up, so the numbers compare like with like.
 */
public interface Runner {
    /** The name in reports: {@code erl}, or the tier's name. */
    String name();

    /**
     * Runs {@code workload} in a fresh VM: {@code warmup} unmeasured iterations (at least 1;
     * the first fixes the expected result), then {@code iterations} measured ones.
     *
     * @throws BenchException when the VM cannot start, the workload crashes, or its result
     *                        changes between iterations
     */
    WorkloadRun run(Workload workload, SizeMode size, int warmup, int iterations) throws BenchException;

    /** Measures the memory figures with {@code processes} idle processes. */
    MemoryFigures measureMemory(int processes) throws BenchException;

    /** Runs the fairness check: {@code responders} processes pinged {@code rounds} times beside a spinner. */
    FairnessFigures measureFairness(int responders, int rounds) throws BenchException;
}

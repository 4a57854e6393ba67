/**
 * The bake-off: the same {@code .beam} workloads, compiled once by {@code erlc}, run on the
 * real erl and on every jbeam execution tier that is discoverable, interleaved per workload,
 * each runner's result checked against erl's, and reported as {@code results.json},
 * {@code report.md} and {@code report.html}.
 *
 * <p>Every runner times the workload inside its own VM with the same Erlang harness
 * ({@code jbeam_bench_harness}, {@code erlang:monotonic_time(nanosecond)} around the entry
 * function), so VM start-up and code loading never count as workload time.
 */
package org.jbeam.bench.bakeoff;

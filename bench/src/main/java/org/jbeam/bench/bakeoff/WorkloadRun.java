package org.jbeam.bench.bakeoff;

import java.util.OptionalLong;

/**
 * What one runner reported for one block of one workload.
 *
 * @param size       the size the harness resolved (the same on every runner: it comes from the .beam)
 * @param block      the warm-up and measured iteration times, in nanoseconds
 * @param result     the workload's result term as {@code io_lib:format("~w")} prints it
 * @param peakRssKb  the VM process's peak resident set, when /proc tells it
 */
public record WorkloadRun(long size, Block block, String result, OptionalLong peakRssKb) {}

package org.jbeam.bench.bakeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything one runner did for one workload over all its blocks.
 *
 * @param size      the workload size (null when the runner never started the workload)
 * @param blocks    the blocks, in the order they ran
 * @param result    the result term's text (the first block's), or null when no block finished
 * @param resultOk  whether every block finished and its result equals erl's (erl: equals its own first block)
 * @param error     why a block failed, or null
 * @param peakRssKb the largest peak RSS of the blocks' VMs
 */
public record Measurement(Workload workload, String runner, Long size, List<Block> blocks, String result,
        boolean resultOk, String error, OptionalLong peakRssKb) {

    public Measurement {
        blocks = List.copyOf(blocks);
    }

    /** Every measured iteration time, all blocks together. */
    public List<Long> iterationNs() {
        List<Long> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.iterationNs()));
        return all;
    }

    /** The statistics of the measured iterations; empty when nothing was measured. */
    public Optional<Stats> stats() {
        List<Long> all = iterationNs();
        return all.isEmpty() ? Optional.empty() : Optional.of(Stats.of(all));
    }

    /** The warm-up curve: the first block's times, warm-up iterations first. */
    public List<Long> warmupCurve() {
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<Long> curve = new ArrayList<>(blocks.get(0).warmupNs());
        curve.addAll(blocks.get(0).iterationNs());
        return curve;
    }
}

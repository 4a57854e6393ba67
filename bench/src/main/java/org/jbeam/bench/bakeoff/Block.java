package org.jbeam.bench.bakeoff;

import java.util.List;

/**
 * One block of a workload on one runner: a fresh VM that ran the workload {@code warmupNs.size()}
 * times unmeasured and then {@code iterationNs.size()} times measured. The first block's
 * times, warm-up included, are the warm-up curve of the reports.
 */
public record Block(List<Long> warmupNs, List<Long> iterationNs) {
    public Block {
        warmupNs = List.copyOf(warmupNs);
        iterationNs = List.copyOf(iterationNs);
    }
}

package org.jbeam.bench.bakeoff;

/**
 * The groups geometric means are taken over: sequential workloads (one process) and
 * concurrent ones (processes, messages, scheduling).
 */
public enum WorkloadGroup {
    SEQUENTIAL("sequential"),
    CONCURRENT("concurrent");

    private final String label;

    WorkloadGroup(String label) {
        this.label = label;
    }

    /** The name used in reports and in {@code results.json}. */
    public String label() {
        return label;
    }
}

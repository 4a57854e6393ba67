package org.jbeam.config.settings;

/**
 * {@code jbeam.debug}: settings that make the VM slower on purpose, to shake out bugs in tiers
 * (issue 7's stress run of the corpus).
 *
 * @param gcStress        every heap test collects, and freed heap blocks are poisoned
 * @param sliceReductions reductions per time slice (erl's 4000; 1 yields at every call)
 */
public record DebugSettings(boolean gcStress, int sliceReductions) {
    /** The defaults of reference.conf: no stress. */
    public static final DebugSettings NONE = new DebugSettings(false, 4000);

    public DebugSettings {
        if (sliceReductions < 1) {
            throw new IllegalArgumentException("debug.reductions-per-slice must be at least 1");
        }
    }
}

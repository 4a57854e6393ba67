package org.jbeam.bench.bakeoff;

import org.jbeam.bench.load.LoadFigures;

/**
 * The bake-off's figure for loading all of stdlib (see {@code org.jbeam.bench.load}):
 * jbeam's loader against erl's {@code erlang:prepare_loading/2}, or why it is missing. Tiers
 * that compile at load time will add their compile step to jbeam's side.
 *
 * @param figures the measured rounds, or null when not measured
 * @param error   why it was not measured, or null
 */
public record StdlibLoad(LoadFigures figures, String error) {
    /** The figure when the command line asked to skip it. */
    public static StdlibLoad skipped() {
        return new StdlibLoad(null, "skipped (--skip-load)");
    }

    public boolean measured() {
        return figures != null;
    }
}

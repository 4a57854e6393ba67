package org.jbeam.vm.tier;

/**
 * Which tier runs a module, decided when the module is loaded (issue 5: {@code jbeam.tier} and
 * the {@code jbeam.modules} globs, which the configuration module implements). The code server
 * asks it when it loads a module on demand, the process runtime when a process starts on a
 * function whose module is not loaded yet.
 */
@FunctionalInterface
public interface TierAssignment {
    /** The id of the tier that runs {@code module}. */
    int tierOf(String module);
}

package org.jbeam.config.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated {@code jbeam} section, read once at boot and immutable afterwards. Every
 * field is described in {@code reference.conf} and in docs/ARCHITECTURE.md's configuration
 * schema.
 *
 * @param tier           the default tier name
 * @param modules        module name or glob to tier name (see {@link TierSelector})
 * @param schedulers     scheduler threads; 0 means one per core (see {@link #schedulerThreads})
 * @param codePath       directories searched before OTP's libraries, in order
 * @param otpRoot        the OTP installation, when configured (else found at boot)
 * @param atomTableLimit the most atoms the VM holds
 * @param templateJit    the template JIT's section
 * @param traceJit       the tracing JIT's section
 */
public record VmSettings(String tier, Map<String, String> modules, int schedulers, List<Path> codePath,
        Optional<Path> otpRoot, int atomTableLimit, TemplateJitSettings templateJit, TraceJitSettings traceJit) {
    public VmSettings {
        modules = Map.copyOf(modules);
        codePath = List.copyOf(codePath);
    }

    /** How many scheduler threads to run on a machine with {@code cores} cores. */
    public int schedulerThreads(int cores) {
        return schedulers == 0 ? Math.max(cores, 1) : schedulers;
    }

    /** Which tier runs which module, from {@link #tier} and {@link #modules}. */
    public TierSelector tierSelector() {
        return new TierSelector(tier, modules);
    }
}

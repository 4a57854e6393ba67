package org.jbeam.config.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jbeam.vm.scheduler.ProcessRuntime;

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
 * @param debug          the stress settings of {@code jbeam.debug}
 */
public record VmSettings(String tier, Map<String, String> modules, int schedulers, List<Path> codePath,
        Optional<Path> otpRoot, int atomTableLimit, TemplateJitSettings templateJit, TraceJitSettings traceJit,
        DebugSettings debug) {
    public VmSettings {
        modules = Map.copyOf(modules);
        codePath = List.copyOf(codePath);
    }

    /** How many scheduler threads to run on a machine with {@code cores} cores. */
    public int schedulerThreads(int cores) {
        return schedulers == 0 ? Math.max(cores, 1) : schedulers;
    }

    /** The runtime's stress settings, from {@link #debug}. */
    public ProcessRuntime.Stress stress() {
        return new ProcessRuntime.Stress(debug.gcStress(), debug.sliceReductions());
    }

    /** Which tier runs which module, from {@link #tier} and {@link #modules}. */
    public TierSelector tierSelector() {
        return new TierSelector(tier, modules);
    }
}

package org.jbeam.tier.template;

import java.nio.file.Path;
import java.util.Optional;

import org.jbeam.tier.template.listing.PerfMap;

/**
 * What the template JIT writes about its code, as plain values: the configuration
 * ({@code jbeam.template-jit}) binds them at start-up through {@link #of}, so the tier needs
 * nothing of the config module; tests choose their own files.
 *
 * @param perfMap the file each compiled module's functions are appended to for Linux perf, if any
 * @param dumpDirectory the directory {@code MODULE.asm} is written into for each compiled module, if any
 */
public record TemplateJitOptions(Optional<Path> perfMap, Optional<Path> dumpDirectory) {
    /** Nothing written: the tier as tests and embedders create it. */
    public static final TemplateJitOptions NONE = new TemplateJitOptions(Optional.empty(), Optional.empty());

    /**
     * The configuration's choice: with {@code perfMap}, perf's own {@code /tmp/perf-PID.map};
     * with {@code dump}, dumps into the working directory (as BeamAsm's {@code +JDdump}).
     */
    public static TemplateJitOptions of(boolean perfMap, boolean dump) {
        return new TemplateJitOptions(perfMap ? Optional.of(PerfMap.fileOfThisProcess()) : Optional.empty(),
                dump ? Optional.of(Path.of("").toAbsolutePath()) : Optional.empty());
    }
}

package org.jbeam.tier.template;

import java.nio.file.Path;
import java.util.Optional;

import org.jbeam.tier.template.listing.PerfMap;

/**
 * Which backend the template JIT uses and what it writes about its code, as plain values: the
 * configuration ({@code jbeam.template-jit}) binds them at start-up through {@link #of}, so the
 * tier needs nothing of the config module; tests choose their own.
 *
 * @param arch the backend asked for by its name ({@code x86_64}, {@code aarch64}); empty for
 *     the one that runs on this JVM's {@code os.arch}
 * @param perfMap the file each compiled module's functions are appended to for Linux perf, if any
 * @param dumpDirectory the directory {@code MODULE.asm} is written into for each compiled module, if any
 */
public record TemplateJitOptions(Optional<String> arch, Optional<Path> perfMap, Optional<Path> dumpDirectory) {
    /** This machine's backend, nothing written: the tier as tests and embedders create it. */
    public static final TemplateJitOptions NONE = new TemplateJitOptions(Optional.empty(), Optional.empty(),
            Optional.empty());

    /** This machine's backend, writing the perf map and dumps given (tests). */
    public TemplateJitOptions(Optional<Path> perfMap, Optional<Path> dumpDirectory) {
        this(Optional.empty(), perfMap, dumpDirectory);
    }

    /**
     * The configuration's choice: the backend named {@code arch} (null: by {@code os.arch}); with
     * {@code perfMap}, perf's own {@code /tmp/perf-PID.map}; with {@code dump}, dumps into the
     * working directory (as BeamAsm's {@code +JDdump}).
     */
    public static TemplateJitOptions of(String arch, boolean perfMap, boolean dump) {
        return new TemplateJitOptions(Optional.ofNullable(arch),
                perfMap ? Optional.of(PerfMap.fileOfThisProcess()) : Optional.empty(),
                dump ? Optional.of(Path.of("").toAbsolutePath()) : Optional.empty());
    }
}

package org.jbeam.config.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code jbeam.template-jit.arch}: which CPU backend the template JIT emits code for. */
public enum JitArch {
    /** This machine's CPU, from {@code os.arch}. */
    AUTO("auto"),
    X86_64("x86_64"),
    AARCH64("aarch64");

    private final String configName;

    JitArch(String configName) {
        this.configName = configName;
    }

    /** The spelling in {@code vm.conf}. */
    public String configName() {
        return configName;
    }

    /** Every accepted spelling, in declaration order. */
    public static List<String> configNames() {
        return Arrays.stream(values()).map(JitArch::configName).toList();
    }

    public static Optional<JitArch> fromConfigName(String name) {
        return Arrays.stream(values()).filter(a -> a.configName.equals(name)).findFirst();
    }

    /**
     * The backend for a JVM {@code os.arch} value ({@code amd64} and {@code x86_64} are the
     * same CPU, as are {@code aarch64} and {@code arm64}); empty for a CPU jbeam has no backend for.
     */
    public static Optional<JitArch> forOsArch(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of(X86_64);
            case "aarch64", "arm64" -> Optional.of(AARCH64);
            default -> Optional.empty();
        };
    }

    /** This setting with {@link #AUTO} decided for the CPU named by {@code osArch}. */
    public Optional<JitArch> resolve(String osArch) {
        return this == AUTO ? forOsArch(osArch) : Optional.of(this);
    }
}

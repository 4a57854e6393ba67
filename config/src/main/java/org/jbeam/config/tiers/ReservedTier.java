package org.jbeam.config.tiers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tier names jbeam's own tiers use. A build that lacks one of them (the JIT tiers until
 * they land) reports choosing it as "not available in this build", not as an unknown name.
 */
public enum ReservedTier {
    INTERPRETER("interpreter", "the portable interpreter"),
    TEMPLATE_JIT("template-jit", "the template JIT (BeamAsm's design)"),
    TRACE_JIT("trace-jit", "the tracing JIT (BEAMJIT's design)");

    private final String tierName;
    private final String description;

    ReservedTier(String tierName, String description) {
        this.tierName = tierName;
        this.description = description;
    }

    /** The name the configuration uses. */
    public String tierName() {
        return tierName;
    }

    public String description() {
        return description;
    }

    public static Optional<ReservedTier> named(String name) {
        return Arrays.stream(values()).filter(t -> t.tierName.equals(name)).findFirst();
    }
}

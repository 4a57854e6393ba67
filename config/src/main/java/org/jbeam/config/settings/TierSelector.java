package org.jbeam.config.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides each module's tier from {@code jbeam.tier} and {@code jbeam.modules}, when the
 * module is loaded. The rule (also in reference.conf): a key naming the module exactly wins;
 * otherwise, among the globs that match, the longest pattern wins, and of patterns of equal
 * length the alphabetically first (HOCON objects keep no order, so the file's order cannot
 * decide); a module matched by nothing gets the default tier.
 */
public final class TierSelector {
    /** Globs tried best first: longest, then alphabetical. */
    private static final Comparator<Map.Entry<ModuleGlob, String>> PRECEDENCE = Comparator
            .comparingInt((Map.Entry<ModuleGlob, String> e) -> -e.getKey().length())
            .thenComparing(e -> e.getKey().pattern());

    private final String defaultTier;
    private final Map<String, String> exact;
    private final List<Map.Entry<ModuleGlob, String>> globs;

    /** {@code modules} maps a module name or glob to a tier name. */
    public TierSelector(String defaultTier, Map<String, String> modules) {
        this.defaultTier = defaultTier;
        this.exact = modules.entrySet().stream().filter(e -> new ModuleGlob(e.getKey()).isExact())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.globs = modules.entrySet().stream().filter(e -> !new ModuleGlob(e.getKey()).isExact())
                .map(e -> Map.entry(new ModuleGlob(e.getKey()), e.getValue())).sorted(PRECEDENCE).toList();
    }

    /** The tier name that runs {@code module}. */
    public String tierFor(String module) {
        String named = exact.get(module);
        if (named != null) {
            return named;
        }
        for (Map.Entry<ModuleGlob, String> glob : globs) {
            if (glob.getKey().matches(module)) {
                return glob.getValue();
            }
        }
        return defaultTier;
    }

    public String defaultTier() {
        return defaultTier;
    }
}

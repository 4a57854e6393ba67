package org.jbeam.config.settings;

import java.util.Comparator;

/**
 * One thing wrong with the configuration, found at start-up: where it was set ({@code source}
 * is a file, {@code reference.conf} or a flag; {@code line} is 0 when there is none), the key
 * (empty when the problem is not about one key) and what is wrong, naming what is accepted.
 */
public record ConfigProblem(String source, int line, String key, String message) {
    /** File order: by source, then line, then key, so a report reads top to bottom. */
    public static final Comparator<ConfigProblem> IN_SOURCE_ORDER = Comparator.comparing(ConfigProblem::source)
            .thenComparingInt(ConfigProblem::line).thenComparing(ConfigProblem::key);

    /** A problem with the value or key at {@code where}. */
    public static ConfigProblem at(Origins.Where where, String key, String message) {
        return new ConfigProblem(where.source(), where.line(), key, message);
    }

    /** {@code SOURCE[:LINE]: [KEY: ]MESSAGE}, the line jbeam prints. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + message;
    }
}

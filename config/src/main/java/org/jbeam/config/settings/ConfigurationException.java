package org.jbeam.config.settings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The configuration cannot be used: carries every problem found, not just the first, so the
 * user fixes them in one round. The launcher prints them and exits with status 2.
 */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigurationException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}

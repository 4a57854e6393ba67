package org.jbeam.config.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * What start-up reads from outside the command line: the working directory (where
 * {@code ./vm.conf} is looked for and relative paths start), the environment variables
 * ({@code JBEAM_CONFIG}) and the class loader that reference.conf files and tiers are found
 * with. Passed in rather than read from globals so tests can give their own.
 */
public record LaunchEnvironment(Path workingDirectory, Map<String, String> variables, ClassLoader classLoader) {
    /** The environment variable naming the user's configuration file. */
    public static final String CONFIG_VARIABLE = "JBEAM_CONFIG";

    public LaunchEnvironment {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** This process's working directory and environment, and the launcher's class loader. */
    public static LaunchEnvironment ofThisProcess() {
        return new LaunchEnvironment(Path.of(""), System.getenv(), LaunchEnvironment.class.getClassLoader());
    }

    /** This environment with tiers and reference.conf files found through {@code loader}. */
    public LaunchEnvironment withClassLoader(ClassLoader loader) {
        return new LaunchEnvironment(workingDirectory, variables, loader);
    }
}

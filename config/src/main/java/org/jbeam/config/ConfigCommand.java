package org.jbeam.config;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import org.jbeam.config.settings.ConfigProblem;
import org.jbeam.config.settings.ConfigurationException;
import org.jbeam.config.settings.EffectiveConfig;
import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.Origins;
import org.jbeam.config.settings.SettingsFlags;

/**
 * {@code jbeam config [FLAGS]}: validates the configuration as start-up does and prints the
 * effective value of every key under {@code jbeam}, one per line, with where it came from:
 * <pre>KEY = VALUE  # SOURCE</pre>
 * the source being {@code reference.conf:LINE}, the user's {@code FILE:LINE}, or the flag.
 * An invalid configuration prints its problems instead, with exit status 2.
 */
public final class ConfigCommand {
    /** Exit status when the configuration is valid. */
    public static final int VALID = 0;
    /** Exit status when it is not (also a usage error's). */
    public static final int INVALID = 2;

    private final PrintStream out;
    private final PrintStream err;

    public ConfigCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Loads, validates and prints; returns the exit status. */
    public int run(SettingsFlags flags, LaunchEnvironment environment) {
        EffectiveConfig config;
        try {
            config = StartupConfiguration.load(flags, environment).config();
        } catch (ConfigurationException e) {
            printProblems(err, e);
            return INVALID;
        }
        List<String[]> lines = new ArrayList<>();
        collect(List.of("jbeam"), config.merged().root().toConfig().getObject("jbeam"), lines);
        int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.println(String.format("%-" + width + "s  # %s", line[0], line[1]).stripTrailing());
        }
        return VALID;
    }

    /** Prints the problems the way every subcommand does: a count, then one per line. */
    static void printProblems(PrintStream err, ConfigurationException e) {
        List<ConfigProblem> problems = e.problems();
        err.println("jbeam: the configuration has " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
        problems.forEach(problem -> err.println("  " + problem));
    }

    /** One line per leaf, in key order; an empty object is a leaf ({@code {}}). */
    private static void collect(List<String> path, ConfigObject object, List<String[]> lines) {
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(object).entrySet()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(entry.getKey());
            ConfigValue value = entry.getValue();
            if (value.valueType() == ConfigValueType.OBJECT && !((ConfigObject) value).isEmpty()) {
                collect(childPath, (ConfigObject) value, lines);
            } else {
                lines.add(new String[] {ConfigUtil.joinPath(childPath) + " = " + value.render(ConfigRenderOptions.concise()),
                        Origins.of(value.origin()).toString()});
            }
        }
    }
}

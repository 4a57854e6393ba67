package org.jbeam.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration flags of the command line, in the order given (a later flag overrides an
 * earlier one for the same key):
 * <ul>
 * <li>{@code -config FILE}: the user's configuration file;</li>
 * <li>{@code -tier NAME}: {@code jbeam.tier};</li>
 * <li>{@code -S N}: {@code jbeam.schedulers} (as erl's {@code +S});</li>
 * <li>{@code -c KEY=VALUE}: any key, the value in HOCON syntax; {@code jbeam.} may be left out
 * of the key.</li>
 * </ul>
 *
 * @param configFile the {@code -config} argument, if given
 * @param settings   the {@code -tier}, {@code -S} and {@code -c} flags in command-line order
 * @param rest       the arguments after the last flag
 */
public record SettingsFlags(Optional<String> configFile, List<Flag> settings, List<String> rest) {
    /** One setting flag: its name ({@code -tier}, {@code -S} or {@code -c}) and argument. */
    public record Flag(String name, String argument) {
        /** How the flag is shown as a value's source, e.g. {@code flag -S 4}. */
        public String source() {
            return "flag " + name + " " + argument;
        }
    }

    public SettingsFlags {
        settings = List.copyOf(settings);
        rest = List.copyOf(rest);
    }

    /** No flags at all. */
    public static SettingsFlags none() {
        return new SettingsFlags(Optional.empty(), List.of(), List.of());
    }

    /**
     * Takes the configuration flags from the front of {@code args}; stops at the first
     * argument that is not one of them.
     *
     * @throws IllegalArgumentException when a flag lacks its argument (a usage error)
     */
    public static SettingsFlags parse(List<String> args) {
        Optional<String> configFile = Optional.empty();
        List<Flag> settings = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            String name = args.get(i);
            if (!name.equals("-config") && !name.equals("-tier") && !name.equals("-S") && !name.equals("-c")) {
                break;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs an argument");
            }
            String argument = args.get(i + 1);
            if (name.equals("-config")) {
                configFile = Optional.of(argument);
            } else {
                settings.add(new Flag(name, argument));
            }
            i += 2;
        }
        return new SettingsFlags(configFile, settings, args.subList(i, args.size()));
    }
}

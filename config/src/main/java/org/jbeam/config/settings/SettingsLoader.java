package org.jbeam.config.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;

/**
 * Reads the configuration layers, lowest precedence first: every {@code reference.conf} on the
 * class path; the user's file ({@code -config FILE}, else {@code ./vm.conf} when present, else
 * the file {@code JBEAM_CONFIG} names); the flags {@code -tier}, {@code -S} and {@code -c} in
 * command-line order. Values keep their origin (file and line, or the flag) for error messages
 * and {@code jbeam config}. Syntax errors and unreadable files are collected as problems.
 */
public final class SettingsLoader {
    /** The classpath resource every module's defaults live in. */
    public static final String REFERENCE = "reference.conf";
    /** The file looked for in the working directory. */
    public static final String DEFAULT_FILE = "vm.conf";

    private final LaunchEnvironment environment;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private SettingsLoader(LaunchEnvironment environment) {
        this.environment = environment;
    }

    /** Loads and merges the layers. */
    public static EffectiveConfig load(SettingsFlags flags, LaunchEnvironment environment)
            throws ConfigurationException {
        return new SettingsLoader(environment).layers(flags);
    }

    private EffectiveConfig layers(SettingsFlags flags) throws ConfigurationException {
        Config reference = reference();
        Optional<String> userName = userFileName(flags);
        Config user = userName.map(this::userFile).orElse(ConfigFactory.empty());
        Config overrides = ConfigFactory.empty();
        for (SettingsFlags.Flag flag : flags.settings()) {
            overrides = withFlag(overrides, flag);
        }
        Config merged = ConfigFactory.empty();
        try {
            merged = overrides.withFallback(user).withFallback(reference).resolve();
        } catch (ConfigException e) {
            problems.add(problem(e));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new EffectiveConfig(reference, merged, userName);
    }

    private Config reference() {
        try {
            return ConfigFactory.parseResources(environment.classLoader(), REFERENCE,
                    ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (ConfigException e) {
            problems.add(problem(e));
            return ConfigFactory.empty();
        }
    }

    /** Which user file applies, by the precedence of {@code -config}, vm.conf, JBEAM_CONFIG. */
    private Optional<String> userFileName(SettingsFlags flags) {
        if (flags.configFile().isPresent()) {
            return flags.configFile();
        }
        if (Files.isRegularFile(environment.workingDirectory().resolve(DEFAULT_FILE))) {
            return Optional.of(DEFAULT_FILE);
        }
        String named = environment.variables().get(LaunchEnvironment.CONFIG_VARIABLE);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(named);
    }

    private Config userFile(String name) {
        Path file = environment.workingDirectory().resolve(name);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(new ConfigProblem(name, 0, "", "cannot read the configuration file: "
                    + (Files.exists(file) ? "not a readable file" : "no such file")));
            return ConfigFactory.empty();
        }
        try {
            return ConfigFactory.parseFile(new File(file.toString()), ConfigParseOptions.defaults()
                    .setAllowMissing(false).setSyntax(ConfigSyntax.CONF).setOriginDescription(name));
        } catch (ConfigException e) {
            problems.add(problem(e));
            return ConfigFactory.empty();
        }
    }

    private Config withFlag(Config overrides, SettingsFlags.Flag flag) {
        String source = flag.source();
        return switch (flag.name()) {
            case "-tier" -> overrides.withValue("jbeam.tier", ConfigValueFactory.fromAnyRef(flag.argument(), source));
            case "-S" -> overrides.withValue("jbeam.schedulers",
                    ConfigValueFactory.fromAnyRef(integerOrText(flag.argument()), source));
            default -> withKeyValue(overrides, flag);
        };
    }

    /** {@code -c KEY=VALUE}: the value parsed as HOCON, relabelled with the flag as origin. */
    private Config withKeyValue(Config overrides, SettingsFlags.Flag flag) {
        String text = flag.argument();
        int equals = text.indexOf('=');
        if (equals <= 0) {
            problems.add(new ConfigProblem(flag.source(), 0, "", "expected KEY=VALUE"));
            return overrides;
        }
        String key = text.substring(0, equals).strip();
        try {
            List<String> segments = ConfigUtil.splitPath(key);
            String path = ConfigUtil.joinPath(segments.getFirst().equals("jbeam") ? segments
                    : prepend("jbeam", segments));
            ConfigValue parsed = ConfigFactory.parseString("value = " + text.substring(equals + 1),
                    ConfigParseOptions.defaults().setOriginDescription(flag.source())).getValue("value");
            return overrides.withValue(path, ConfigValueFactory.fromAnyRef(parsed.unwrapped(), flag.source()));
        } catch (ConfigException e) {
            problems.add(new ConfigProblem(flag.source(), 0, "", "cannot parse: " + bareMessage(e)));
            return overrides;
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The number when {@code text} is an integer, else the text (validation names the type). */
    private static Object integerOrText(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static ConfigProblem problem(ConfigException e) {
        if (e.origin() == null) {
            return new ConfigProblem(REFERENCE, 0, "", e.getMessage());
        }
        Origins.Where where = Origins.of(e.origin());
        return new ConfigProblem(where.source(), where.line(), "", bareMessage(e));
    }

    /** Typesafe's message without the origin it puts in front, which the problem shows itself. */
    private static String bareMessage(ConfigException e) {
        String message = e.getMessage();
        if (e.origin() != null && message.startsWith(e.origin().description() + ": ")) {
            return message.substring(e.origin().description().length() + 2);
        }
        return message;
    }
}

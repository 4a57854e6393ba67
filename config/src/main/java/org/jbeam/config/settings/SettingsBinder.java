package org.jbeam.config.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import org.jbeam.config.tiers.ReservedTier;

/**
 * Validates the {@code jbeam} section and binds it to {@link VmSettings}: the schema in code.
 * Which keys exist comes from reference.conf (a key it lacks is unknown); the types, ranges
 * and tier names are checked here. Every problem is collected before failing.
 */
public final class SettingsBinder {
    /** erl's largest {@code +S}. */
    static final int MAX_SCHEDULERS = 1024;
    /** OTP's {@code MIN_ATOM_TABLE_SIZE}. */
    static final int MIN_ATOM_TABLE_LIMIT = 8192;

    static final String SCHEDULERS_EXPECTED = "expected an integer from 0 to " + MAX_SCHEDULERS + " (0 = one per core)";
    static final String ATOM_LIMIT_EXPECTED = "expected an integer from " + MIN_ATOM_TABLE_LIMIT + " to "
            + Integer.MAX_VALUE;
    static final String COUNT_EXPECTED = "expected an integer from 1 to " + Integer.MAX_VALUE;

    private final Set<String> availableTiers;
    private final Path workingDirectory;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private SettingsBinder(Set<String> availableTiers, Path workingDirectory) {
        this.availableTiers = new TreeSet<>(availableTiers);
        this.workingDirectory = workingDirectory;
    }

    /**
     * Validates {@code config} and binds it.
     *
     * @param availableTiers   the names of the tiers this build has
     * @param workingDirectory where relative code-path directories start
     * @throws ConfigurationException with every problem, in source order
     */
    public static VmSettings bind(EffectiveConfig config, Set<String> availableTiers, Path workingDirectory)
            throws ConfigurationException {
        SettingsBinder binder = new SettingsBinder(availableTiers, workingDirectory);
        Section root = new Section(List.of(), config.merged().root(), config.reference().root(), binder.problems);
        VmSettings settings = binder.read(root.section("jbeam"));
        if (!binder.problems.isEmpty()) {
            List<ConfigProblem> sorted = new ArrayList<>(binder.problems);
            sorted.sort(ConfigProblem.IN_SOURCE_ORDER);
            throw new ConfigurationException(sorted);
        }
        return settings;
    }

    private VmSettings read(Section jbeam) {
        jbeam.checkKnownKeys();
        String tier = jbeam.string("tier", "expected a tier name");
        checkTier(jbeam, "tier", jbeam.value("tier"), tier);
        Map<String, String> modules = modules(jbeam);
        int schedulers = jbeam.integer("schedulers", 0, MAX_SCHEDULERS, SCHEDULERS_EXPECTED);
        List<Path> codePath = codePath(jbeam);
        Optional<Path> otpRoot = otpRoot(jbeam);
        int atomLimit = jbeam.integer("atom-table-limit", MIN_ATOM_TABLE_LIMIT, Integer.MAX_VALUE, ATOM_LIMIT_EXPECTED);
        return new VmSettings(tier, modules, schedulers, codePath, otpRoot, atomLimit,
                templateJit(jbeam.section("template-jit")), traceJit(jbeam.section("trace-jit")),
                debug(jbeam.section("debug")));
    }

    /** {@code modules}: each key a module name or glob, each value an available tier. */
    private Map<String, String> modules(Section jbeam) {
        Section modules = jbeam.freeSection("modules", "expected an object from module names or globs to tier names");
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> entry : modules.entries().entrySet()) {
            String key = entry.getKey();
            ConfigValue value = entry.getValue();
            if (key.isEmpty()) {
                modules.report(key, value, "expected a module name or glob as key, got an empty key");
            } else if (value.valueType() != ConfigValueType.STRING) {
                modules.report(key, value, "expected a tier name (quote module names and globs that hold"
                        + " dots or wildcards), got " + Section.typed(value));
            } else if (checkTier(modules, key, value, (String) value.unwrapped())) {
                result.put(key, (String) value.unwrapped());
            }
        }
        return result;
    }

    /** Whether {@code name} is a tier of this build; reports it when not. */
    private boolean checkTier(Section section, String key, ConfigValue value, String name) {
        if (availableTiers.contains(name)) {
            return true;
        }
        String available = "; tiers in this build: " + (availableTiers.isEmpty() ? "none" : String.join(", ", availableTiers));
        if (value.valueType() == ConfigValueType.STRING) {
            Optional<ReservedTier> reserved = ReservedTier.named(name);
            section.report(key, value, reserved.isPresent()
                    ? "tier \"" + name + "\" (" + reserved.get().description() + ") is not available in this build" + available
                    : "unknown tier \"" + name + "\"" + available);
        }
        return false;
    }

    private List<Path> codePath(Section jbeam) {
        String expected = "expected a list of existing directories";
        List<Path> directories = new ArrayList<>();
        for (ConfigValue element : jbeam.list("code-path", expected)) {
            Optional<Path> directory = element.valueType() == ConfigValueType.STRING
                    ? directory((String) element.unwrapped()) : Optional.empty();
            if (directory.isPresent()) {
                directories.add(directory.get());
            } else {
                jbeam.report("code-path", element, expected + ", got " + (element.valueType() == ConfigValueType.STRING
                        ? Section.rendered(element) + " (not a directory)" : Section.typed(element)));
            }
        }
        return directories;
    }

    private Optional<Path> otpRoot(Section jbeam) {
        String expected = "expected \"\" (find OTP) or an OTP installation directory holding lib/";
        String text = jbeam.string("otp-root", expected);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> root = directory(text).filter(dir -> Files.isDirectory(dir.resolve("lib")));
        if (root.isEmpty()) {
            jbeam.report("otp-root", jbeam.value("otp-root"), expected + ", got \"" + text + "\"");
        }
        return root;
    }

    /** {@code text} as an existing directory, relative paths from the working directory. */
    private Optional<Path> directory(String text) {
        try {
            Path path = workingDirectory.resolve(text).normalize();
            return !text.isEmpty() && Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static TemplateJitSettings templateJit(Section section) {
        section.checkKnownKeys();
        String expected = "expected one of \"" + String.join("\", \"", JitArch.configNames()) + "\"";
        String archName = section.string("arch", expected);
        Optional<JitArch> arch = JitArch.fromConfigName(archName);
        if (arch.isEmpty() && section.value("arch").valueType() == ConfigValueType.STRING) {
            section.report("arch", section.value("arch"), expected + ", got \"" + archName + "\"");
        }
        return new TemplateJitSettings(arch.orElse(JitArch.AUTO), section.bool("perf-map"), section.bool("dump"));
    }

    private static DebugSettings debug(Section section) {
        section.checkKnownKeys();
        return new DebugSettings(section.bool("gc-stress"),
                section.integer("reductions-per-slice", 1, Integer.MAX_VALUE, COUNT_EXPECTED));
    }

    private static TraceJitSettings traceJit(Section section) {
        section.checkKnownKeys();
        return new TraceJitSettings(section.integer("hot-threshold", 1, Integer.MAX_VALUE, COUNT_EXPECTED),
                section.integer("max-trace-length", 1, Integer.MAX_VALUE, COUNT_EXPECTED));
    }
}

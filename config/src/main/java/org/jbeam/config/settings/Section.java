package org.jbeam.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

/**
 * One object of the configuration read strictly against reference.conf's object at the same
 * path: HOCON's lenient conversions (a string "4" for a number) are refused so a typo is
 * never silently read as something else. Every problem is recorded and reading goes on with
 * the reference default, so one pass finds them all.
 */
final class Section {
    private static final ConfigRenderOptions CONCISE = ConfigRenderOptions.concise();

    private final List<String> path;
    private final ConfigObject merged;
    private final ConfigObject reference;
    private final List<ConfigProblem> problems;

    Section(List<String> path, ConfigObject merged, ConfigObject reference, List<ConfigProblem> problems) {
        this.path = List.copyOf(path);
        this.merged = merged;
        this.reference = reference;
        this.problems = problems;
    }

    /** The key's full path, quoted where HOCON needs it ({@code jbeam.modules."a_*"}). */
    String pathOf(String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        return ConfigUtil.joinPath(full);
    }

    /** A sub-object that reference.conf defines; a non-object there is a problem. */
    Section section(String key) {
        ConfigObject referenceObject = (ConfigObject) reference.get(key);
        ConfigValue value = value(key);
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key);
        if (value.valueType() == ConfigValueType.OBJECT) {
            return new Section(childPath, (ConfigObject) value, referenceObject, problems);
        }
        report(key, value, "expected an object with the keys " + String.join(", ", new TreeSet<>(referenceObject.keySet()))
                + ", got " + typed(value));
        return new Section(childPath, referenceObject, referenceObject, problems);
    }

    /** The value at {@code key}; reference.conf guarantees there is one. */
    ConfigValue value(String key) {
        ConfigValue value = merged.get(key);
        return value != null ? value : reference.get(key);
    }

    /** Reports every key here that reference.conf does not define. */
    void checkKnownKeys() {
        Set<String> known = new TreeSet<>(reference.keySet());
        for (String key : new TreeSet<>(merged.keySet())) {
            if (!known.contains(key)) {
                report(key, merged.get(key), "unknown key; the keys of " + ConfigUtil.joinPath(path) + " are "
                        + String.join(", ", known));
            }
        }
    }

    String string(String key, String expected) {
        ConfigValue value = value(key);
        if (value.valueType() == ConfigValueType.STRING) {
            return (String) value.unwrapped();
        }
        report(key, value, expected + ", got " + typed(value));
        return (String) reference.get(key).unwrapped();
    }

    boolean bool(String key) {
        ConfigValue value = value(key);
        if (value.valueType() == ConfigValueType.BOOLEAN) {
            return (Boolean) value.unwrapped();
        }
        report(key, value, "expected true or false, got " + typed(value));
        return (Boolean) reference.get(key).unwrapped();
    }

    /** An integer in {@code [min, max]}; {@code expected} names the range for the message. */
    int integer(String key, long min, long max, String expected) {
        ConfigValue value = value(key);
        if (value.valueType() != ConfigValueType.NUMBER) {
            report(key, value, expected + ", got " + typed(value));
        } else if (!(value.unwrapped() instanceof Integer || value.unwrapped() instanceof Long)
                || ((Number) value.unwrapped()).longValue() < min || ((Number) value.unwrapped()).longValue() > max) {
            report(key, value, expected + ", got " + value.render(CONCISE));
        } else {
            return ((Number) value.unwrapped()).intValue();
        }
        return ((Number) reference.get(key).unwrapped()).intValue();
    }

    /** A list; a non-list is a problem and gives the reference's list. */
    List<ConfigValue> list(String key, String expected) {
        ConfigValue value = value(key);
        if (value.valueType() == ConfigValueType.LIST) {
            return List.copyOf((ConfigList) value);
        }
        report(key, value, expected + ", got " + typed(value));
        return List.copyOf((ConfigList) reference.get(key));
    }

    /**
     * An object whose keys are free (not in reference.conf), such as {@code modules}; a
     * non-object is a problem and gives the reference's object.
     */
    Section freeSection(String key, String expected) {
        ConfigObject referenceObject = (ConfigObject) reference.get(key);
        ConfigValue value = value(key);
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key);
        if (value.valueType() == ConfigValueType.OBJECT) {
            return new Section(childPath, (ConfigObject) value, referenceObject, problems);
        }
        report(key, value, expected + ", got " + typed(value));
        return new Section(childPath, referenceObject, referenceObject, problems);
    }

    /** This object's entries in key order. */
    SortedMap<String, ConfigValue> entries() {
        return new TreeMap<>(merged);
    }

    /** Records a problem at {@code value}'s origin, about the key at {@code key}. */
    void report(String key, ConfigValue value, String message) {
        problems.add(ConfigProblem.at(Origins.of(value.origin()), pathOf(key), message));
    }

    /** A value with its type named, for wrong-type messages: {@code a string: "many"}. */
    static String typed(ConfigValue value) {
        return switch (value.valueType()) {
            case STRING -> "a string: " + value.render(CONCISE);
            case NUMBER -> "a number: " + value.render(CONCISE);
            case BOOLEAN -> "a boolean: " + value.render(CONCISE);
            case LIST -> "a list: " + value.render(CONCISE);
            case OBJECT -> "an object: " + value.render(CONCISE);
            case NULL -> "null";
        };
    }

    static String rendered(ConfigValue value) {
        return value.render(CONCISE);
    }
}

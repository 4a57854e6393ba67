package org.jbeam.bench.bakeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The lines {@code jbeam_bench_harness} printed: each {@code "jbeam_bench KEY VALUE"} line
 * becomes one value under KEY; any other output (a VM's own warnings) is kept only for
 * error messages.
 */
public final class HarnessOutput {
    private static final String PREFIX = "jbeam_bench ";

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final String text;

    private HarnessOutput(String text) {
        this.text = text;
    }

    /** Parses the whole output of one harness run. */
    public static HarnessOutput parse(String text) {
        HarnessOutput output = new HarnessOutput(text);
        for (String line : text.split("\\R")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String rest = line.substring(PREFIX.length());
            int space = rest.indexOf(' ');
            String key = space < 0 ? rest : rest.substring(0, space);
            String value = space < 0 ? "" : rest.substring(space + 1);
            output.values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return output;
    }

    /** Every value printed under {@code key}, in order. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The one value under {@code key}. */
    public String single(String key) throws BenchException {
        List<String> found = all(key);
        if (found.size() != 1) {
            throw new BenchException("harness printed " + found.size() + " '" + key + "' lines, expected 1:\n" + text);
        }
        return found.get(0);
    }

    /** Every value under {@code key} as a number. */
    public List<Long> longs(String key) throws BenchException {
        List<Long> numbers = new ArrayList<>();
        for (String value : all(key)) {
            numbers.add(parseLong(key, value));
        }
        return numbers;
    }

    /** The one value under {@code key} as a number. */
    public long singleLong(String key) throws BenchException {
        return parseLong(key, single(key));
    }

    /** The peak resident set, absent when the harness could not read it. */
    public OptionalLong peakRssKb() {
        List<String> found = all("peak_rss_kb");
        if (found.size() != 1 || !found.get(0).matches("[0-9]+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(found.get(0)));
    }

    /** The raw text, for error messages. */
    public String text() {
        return text;
    }

    private long parseLong(String key, String value) throws BenchException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BenchException("harness printed a non-number for '" + key + "': " + value, e);
        }
    }
}

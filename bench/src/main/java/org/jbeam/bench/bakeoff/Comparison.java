package org.jbeam.bench.bakeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The ratios of a bake-off: a runner's median over a baseline runner's median on the same
 * workload (above 1 means slower than the baseline), and per group the geometric mean of
 * those ratios. A ratio exists only when both runners computed erl's result, so a wrong or
 * failed run never improves a summary.
 */
public final class Comparison {
    /** The baseline name of the interpreter tier, the second reference of the reports. */
    public static final String INTERPRETER = "interpreter";

    private final Map<String, Map<String, Measurement>> byWorkloadThenRunner = new LinkedHashMap<>();
    private final List<String> runners = new ArrayList<>();

    public Comparison(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            byWorkloadThenRunner.computeIfAbsent(m.workload().name(), k -> new LinkedHashMap<>()).put(m.runner(), m);
            if (!runners.contains(m.runner())) {
                runners.add(m.runner());
            }
        }
    }

    /** The runners in first-seen order. */
    public List<String> runners() {
        return List.copyOf(runners);
    }

    /** Whether {@code runner} took part. */
    public boolean has(String runner) {
        return runners.contains(runner);
    }

    /** The measurement of {@code runner} on {@code workload}, if it took part. */
    public Optional<Measurement> find(String workload, String runner) {
        return Optional.ofNullable(byWorkloadThenRunner.getOrDefault(workload, Map.of()).get(runner));
    }

    /** {@code runner}'s median over {@code baseline}'s on {@code workload}, when both are valid. */
    public OptionalDouble ratio(String workload, String runner, String baseline) {
        Optional<Double> mine = validMedian(workload, runner);
        Optional<Double> theirs = validMedian(workload, baseline);
        if (mine.isEmpty() || theirs.isEmpty() || theirs.get() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(mine.get() / theirs.get());
    }

    /** The geometric mean of {@code runner}'s ratios over {@code baseline} across {@code group}. */
    public OptionalDouble geometricMean(String runner, String baseline, WorkloadGroup group) {
        List<Double> ratios = new ArrayList<>();
        for (Map<String, Measurement> row : byWorkloadThenRunner.values()) {
            Workload workload = row.values().iterator().next().workload();
            if (workload.group() == group) {
                ratio(workload.name(), runner, baseline).ifPresent(ratios::add);
            }
        }
        if (ratios.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Stats.geometricMean(ratios.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private Optional<Double> validMedian(String workload, String runner) {
        return find(workload, runner).filter(Measurement::resultOk).flatMap(Measurement::stats).map(Stats::median);
    }
}

package org.jbeam.bench.bakeoff;

import java.util.Arrays;
import java.util.List;

/**
 * Order statistics of a set of iteration times: median, quartiles (linear interpolation
 * between order statistics, as R's default type 7 and numpy's default), minimum and maximum;
 * and the geometric mean used to summarise ratios.
 */
public record Stats(double median, double q1, double q3, long min, long max, int count) {

    /** The statistics of {@code samples}, which must not be empty. */
    public static Stats of(List<Long> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    /** The interquartile range. */
    public double iqr() {
        return q3 - q1;
    }

    /** The {@code p}-quantile of ascending {@code sorted}, interpolating between neighbours. */
    static double quantile(long[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }

    /** The geometric mean of positive {@code values}; NaN for none. */
    public static double geometricMean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        if (Arrays.stream(values).anyMatch(v -> !(v > 0))) {
            throw new IllegalArgumentException("geometric mean of a non-positive value: " + Arrays.toString(values));
        }
        // The mean of logarithms avoids overflow of a long product.
        return Math.exp(Arrays.stream(values).map(Math::log).sum() / values.length);
    }
}

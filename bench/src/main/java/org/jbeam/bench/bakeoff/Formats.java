package org.jbeam.bench.bakeoff;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting shared by the Markdown and HTML reports. */
final class Formats {
    private Formats() {}

    /** A duration in the unit that keeps three significant figures readable. */
    static String duration(double ns) {
        if (ns >= 1e9) {
            return String.format(Locale.ROOT, "%.3f s", ns / 1e9);
        }
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        if (ns >= 1e3) {
            return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", ns);
    }

    /** A ratio with two decimals, or a dash when there is none. */
    static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : "–";
    }
}

package org.jbeam.bench.bakeoff;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Inline SVG charts for {@code report.html}, drawn by hand so the report needs nothing but
 * a browser: the ratio of every runner to erl per workload (horizontal bars on a log axis
 * from a line at 1), and one warm-up curve per workload (the time of each iteration of the first block,
 * warm-up included, one line per runner).
 */
final class SvgCharts {
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"};
    private static final int LABEL_WIDTH = 110;
    private static final int BAR_AREA = 420;
    private static final int BAR_HEIGHT = 12;

    private SvgCharts() {}

    /** The colour of the runner at {@code index}, the same in every chart. */
    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /**
     * Bars of each runner's ratio over erl, one group of bars per workload, on a logarithmic
     * axis: each bar grows from the line at 1 to the right (slower than erl) or to the left
     * (faster), so 2x slower and 2x faster look the same size.
     */
    static String ratioChart(Comparison comparison, List<Workload> workloads) {
        List<String> runners = comparison.runners();
        double low = 0.5;
        double high = 2.0;
        for (Workload w : workloads) {
            for (String runner : runners) {
                OptionalDouble ratio = comparison.ratio(w.name(), runner, ErlRunner.NAME);
                if (ratio.isPresent()) {
                    low = Math.min(low, ratio.getAsDouble() / 1.2);
                    high = Math.max(high, ratio.getAsDouble() * 1.2);
                }
            }
        }
        LogAxis axis = new LogAxis(low, high);
        int rowHeight = BAR_HEIGHT * runners.size() + 8;
        int height = rowHeight * workloads.size() + 30;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        int one = (int) Math.round(axis.x(1.0));
        StringBuilder svg = open(width, height, "ratio of each runner's median to erl's, per workload (log scale)");
        for (int row = 0; row < workloads.size(); row++) {
            Workload w = workloads.get(row);
            int top = row * rowHeight + 4;
            text(svg, 4, top + rowHeight / 2 + 2, "start", w.name());
            for (int r = 0; r < runners.size(); r++) {
                OptionalDouble ratio = comparison.ratio(w.name(), runners.get(r), ErlRunner.NAME);
                int y = top + r * BAR_HEIGHT;
                if (ratio.isPresent()) {
                    double end = axis.x(ratio.getAsDouble());
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.2f</title></rect>",
                            Math.min(one, end), y, Math.max(1.0, Math.abs(end - one)), BAR_HEIGHT - 2, colour(r),
                            Html.escape(runners.get(r)), ratio.getAsDouble()));
                    text(svg, (int) Math.max(one, end) + 4, y + BAR_HEIGHT - 3, "start",
                            String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()));
                } else {
                    text(svg, one + 4, y + BAR_HEIGHT - 3, "start", runners.get(r) + ": no valid result");
                }
            }
        }
        int bottom = height - 22;
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>", one, one,
                bottom));
        text(svg, one, bottom + 14, "middle", "1 = erl");
        text(svg, LABEL_WIDTH, bottom + 14, "start", String.format(Locale.ROOT, "%.2f", low));
        text(svg, LABEL_WIDTH + BAR_AREA, bottom + 14, "end", String.format(Locale.ROOT, "%.2f", high));
        return svg.append("</svg>").toString();
    }

    /** Maps ratios in [low, high] logarithmically onto the bar area. */
    private record LogAxis(double low, double high) {
        double x(double ratio) {
            return LABEL_WIDTH + (Math.log(ratio) - Math.log(low)) / (Math.log(high) - Math.log(low)) * BAR_AREA;
        }
    }

    /** The warm-up curve of one workload: one polyline per runner over its first block. */
    static String warmupCurve(Workload workload, List<Measurement> measurements, List<String> runners, int warmup) {
        int width = 300;
        int height = 150;
        int left = 56;
        int bottom = 20;
        long max = 1;
        int points = 1;
        for (Measurement m : measurements) {
            for (long ns : m.warmupCurve()) {
                max = Math.max(max, ns);
            }
            points = Math.max(points, m.warmupCurve().size());
        }
        double xStep = points > 1 ? (width - left - 10) / (double) (points - 1) : 0;
        double yScale = (height - bottom - 10) / (double) max;
        StringBuilder svg = open(width, height, "warm-up curve of " + workload.name());
        text(svg, left, 10, "start", workload.name());
        text(svg, left - 4, 16, "end", Formats.duration(max));
        text(svg, left - 4, height - bottom, "end", "0");
        double boundary = left + xStep * (warmup - 0.5);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>",
                boundary, boundary, height - bottom));
        text(svg, (int) boundary + 3, height - 6, "start", "measured →");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                left, height - bottom, width - 10, height - bottom));
        for (Measurement m : measurements) {
            StringBuilder line = new StringBuilder();
            List<Long> curve = m.warmupCurve();
            for (int i = 0; i < curve.size(); i++) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + xStep * i,
                        height - bottom - curve.get(i) * yScale));
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"><title>%s</title></polyline>",
                    line.toString().strip(), colour(runners.indexOf(m.runner())), Html.escape(m.runner())));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
                        + "<title>%s</title>", width, height, width, height, Html.escape(title)));
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\">%s</text>",
                x, y, anchor, Html.escape(content)));
    }
}

package org.jbeam.bench.bakeoff;

import java.util.List;

/**
 * Writes {@code report.md}: the run's settings, the runners that could not take part, one
 * table row per workload and runner (median, IQR, min/max, ratios, result check), the
 * geometric means per group, the memory figures and the fairness check.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    /** The text of {@code report.md}. */
    public static String render(BakeOffResult result) {
        StringBuilder md = new StringBuilder();
        BakeOffOptions options = result.options();
        md.append("# jbeam bake-off\n\n");
        md.append("- started: ").append(result.startedAt()).append('\n');
        md.append("- machine: ").append(result.machine()).append('\n');
        md.append("- sizes: ").append(options.size().harnessArgument()).append("; ").append(options.blocks())
                .append(" interleaved blocks per runner, each a fresh VM with ").append(options.warmup())
                .append(" warm-up and ").append(options.iterations()).append(" measured iterations\n");
        md.append("- ratios are medians over erl's median (above 1 is slower than erl); a ratio needs erl's result\n");
        for (UnavailableRunner missing : result.unavailable()) {
            md.append("- not measured: ").append(missing.name()).append(" — ").append(missing.reason()).append('\n');
        }
        workloadTable(md, result);
        geometricMeans(md, result.comparison());
        memoryTable(md, result.memory());
        fairnessTable(md, result.fairness());
        loadTable(md, result.stdlibLoad());
        return md.toString();
    }

    private static void workloadTable(StringBuilder md, BakeOffResult result) {
        Comparison comparison = result.comparison();
        boolean interpreter = comparison.has(Comparison.INTERPRETER);
        md.append("\n## Workloads\n\n");
        md.append("| workload | group | runner | size | median | IQR | min | max | vs erl |");
        md.append(interpreter ? " vs interpreter |" : "").append(" result ok | peak RSS |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|").append(interpreter ? "---:|" : "")
                .append("---|---:|\n");
        for (Measurement m : result.measurements()) {
            String name = m.workload().name();
            md.append("| ").append(name).append(" | ").append(m.workload().group().label()).append(" | ")
                    .append(m.runner()).append(" | ").append(m.size() == null ? "–" : m.size()).append(" | ");
            m.stats().ifPresentOrElse(s -> md.append(Formats.duration(s.median())).append(" | ")
                    .append(Formats.duration(s.iqr())).append(" | ").append(Formats.duration(s.min())).append(" | ")
                    .append(Formats.duration(s.max())).append(" | "), () -> md.append("– | – | – | – | "));
            md.append(Formats.ratio(comparison.ratio(name, m.runner(), ErlRunner.NAME))).append(" | ");
            if (interpreter) {
                md.append(Formats.ratio(comparison.ratio(name, m.runner(), Comparison.INTERPRETER))).append(" | ");
            }
            md.append(m.resultOk() ? "yes" : "**NO**" + (m.error() == null ? "" : ": " + escape(m.error())))
                    .append(" | ").append(m.peakRssKb().isPresent() ? m.peakRssKb().getAsLong() / 1024 + " MiB" : "–")
                    .append(" |\n");
        }
    }

    private static void geometricMeans(StringBuilder md, Comparison comparison) {
        md.append("\n## Geometric means of the ratios\n\n| runner | baseline |");
        for (WorkloadGroup group : WorkloadGroup.values()) {
            md.append(' ').append(group.label()).append(" |");
        }
        md.append("\n|---|---|").append("---:|".repeat(WorkloadGroup.values().length)).append('\n');
        List<String> baselines = comparison.has(Comparison.INTERPRETER)
                ? List.of(ErlRunner.NAME, Comparison.INTERPRETER) : List.of(ErlRunner.NAME);
        for (String baseline : baselines) {
            for (String runner : comparison.runners()) {
                md.append("| ").append(runner).append(" | ").append(baseline).append(" |");
                for (WorkloadGroup group : WorkloadGroup.values()) {
                    md.append(' ').append(Formats.ratio(comparison.geometricMean(runner, baseline, group))).append(" |");
                }
                md.append('\n');
            }
        }
    }

    private static void memoryTable(StringBuilder md, List<MemoryFigures> memory) {
        if (memory.isEmpty()) {
            return;
        }
        md.append("\n## Memory\n\n| runner | idle processes | bytes per idle process (erlang:memory) |")
                .append(" process_info memory | peak RSS |\n|---|---:|---:|---:|---:|\n");
        for (MemoryFigures f : memory) {
            md.append("| ").append(f.runner()).append(" | ").append(f.processes()).append(" | ");
            if (f.measured()) {
                md.append(f.idleProcessBytes()).append(" | ").append(f.processInfoBytes()).append(" | ")
                        .append(f.peakRssKb().isPresent() ? f.peakRssKb().getAsLong() / 1024 + " MiB" : "–");
            } else {
                md.append("– | – | failed: ").append(escape(f.error()));
            }
            md.append(" |\n");
        }
    }

    private static void fairnessTable(StringBuilder md, List<FairnessFigures> fairness) {
        if (fairness.isEmpty()) {
            return;
        }
        md.append("\n## Fairness: round trips to idle processes beside a spinning one\n\n")
                .append("| runner | responders | pings | worst | 99th percentile | median | worst vs erl |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        FairnessFigures erl = fairness.stream().filter(f -> f.runner().equals(ErlRunner.NAME) && f.measured())
                .findFirst().orElse(null);
        for (FairnessFigures f : fairness) {
            md.append("| ").append(f.runner()).append(" | ").append(f.responders()).append(" | ");
            if (f.measured()) {
                md.append(f.pings()).append(" | ").append(Formats.duration(f.worstNs())).append(" | ")
                        .append(Formats.duration(f.p99Ns())).append(" | ").append(Formats.duration(f.medianNs()))
                        .append(" | ").append(Formats.ratio(erl == null || erl.worstNs() == 0
                                ? java.util.OptionalDouble.empty()
                                : java.util.OptionalDouble.of((double) f.worstNs() / erl.worstNs())));
            } else {
                md.append("– | – | – | – | failed: ").append(escape(f.error()));
            }
            md.append(" |\n");
        }
    }

    private static void loadTable(StringBuilder md, StdlibLoad load) {
        md.append("\n## Loading all of stdlib\n\n");
        if (!load.measured()) {
            md.append("Not measured: ").append(escape(load.error())).append('\n');
            return;
        }
        Stats erl = Stats.of(load.figures().erlNs());
        Stats jbeam = Stats.of(load.figures().jbeamNs());
        md.append("| loader | files | median | min | max | vs erl |\n|---|---:|---:|---:|---:|---:|\n");
        md.append("| erl (erlang:prepare_loading/2) | ").append(load.figures().files()).append(" | ")
                .append(Formats.duration(erl.median())).append(" | ").append(Formats.duration(erl.min())).append(" | ")
                .append(Formats.duration(erl.max())).append(" | 1.00 |\n");
        md.append("| jbeam loader (validate, decode literals) | ").append(load.figures().files())
                .append(" | ").append(Formats.duration(jbeam.median())).append(" | ")
                .append(Formats.duration(jbeam.min())).append(" | ").append(Formats.duration(jbeam.max())).append(" | ")
                .append(Formats.ratio(java.util.OptionalDouble.of(jbeam.median() / erl.median()))).append(" |\n");
        if (!load.figures().templateJitNs().isEmpty()) {
            Stats jit = Stats.of(load.figures().templateJitNs());
            md.append("| jbeam loader and template JIT (every module compiled) | ").append(load.figures().files())
                    .append(" | ").append(Formats.duration(jit.median())).append(" | ")
                    .append(Formats.duration(jit.min())).append(" | ").append(Formats.duration(jit.max())).append(" | ")
                    .append(Formats.ratio(java.util.OptionalDouble.of(jit.median() / erl.median()))).append(" |\n");
            md.append(String.format(java.util.Locale.ROOT, "%nThe template JIT loads and compiles %,d BEAM instructions"
                    + " in the median round: %,.0f instructions per second (erl loads and generates code for the"
                    + " same at %,.0f per second)%s.%n", load.figures().instructions(),
                    load.figures().instructions() / (jit.median() / 1e9),
                    load.figures().instructions() / (erl.median() / 1e9),
                    load.figures().templateJitRefused() == 0 ? ""
                            : "; it refused " + load.figures().templateJitRefused() + " modules"));
        }
    }

    /** Keeps a message on one table row. */
    private static String escape(String text) {
        String oneLine = text.replace('\n', ' ').replace("|", "\\|");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}

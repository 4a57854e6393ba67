package org.jbeam.bench.bakeoff;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes {@code results.json}: an array with one object per workload and runner, holding
 * {@code workload}, {@code group}, {@code runner}, {@code size}, {@code median_ns},
 * {@code q1_ns}, {@code q3_ns}, {@code min_ns}, {@code max_ns}, {@code iterations} (measured
 * ones), {@code result}, {@code result_ok}, {@code error}, {@code ratio_vs_erl},
 * {@code ratio_vs_interpreter}, {@code peak_rss_kb} and {@code blocks} (each block's
 * {@code warmup_ns} and {@code iteration_ns}, for warm-up curves); and {@code memory.json},
 * one object per runner with the memory figures; {@code fairness.json}, one object per runner
 * with the fairness check's latencies; and {@code load.json}, the stdlib loading
 * figure.
 */
public final class ResultsJson {
    private ResultsJson() {}

    /** The text of {@code results.json}. */
    public static String results(BakeOffResult result) {
        Comparison comparison = result.comparison();
        JsonWriter json = new JsonWriter().beginArray();
        for (Measurement m : result.measurements()) {
            json.beginObject();
            json.name("workload").value(m.workload().name());
            json.name("group").value(m.workload().group().label());
            json.name("runner").value(m.runner());
            json.name("size");
            if (m.size() == null) {
                json.nullValue();
            } else {
                json.value(m.size().longValue());
            }
            statistics(json, m);
            json.name("iterations").value(m.iterationNs().size());
            json.name("result").value(m.result());
            json.name("result_ok").value(m.resultOk());
            json.name("error").value(m.error());
            ratio(json, "ratio_vs_erl", comparison.ratio(m.workload().name(), m.runner(), ErlRunner.NAME));
            ratio(json, "ratio_vs_interpreter",
                    comparison.ratio(m.workload().name(), m.runner(), Comparison.INTERPRETER));
            optionalLong(json, "peak_rss_kb", m.peakRssKb());
            json.name("blocks").beginArray();
            for (Block block : m.blocks()) {
                json.beginObject();
                json.name("warmup_ns").values(block.warmupNs());
                json.name("iteration_ns").values(block.iterationNs());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        return json.endArray().text() + "\n";
    }

    /** The text of {@code memory.json}. */
    public static String memory(BakeOffResult result) {
        JsonWriter json = new JsonWriter().beginArray();
        for (MemoryFigures figures : result.memory()) {
            json.beginObject();
            json.name("runner").value(figures.runner());
            json.name("processes").value(figures.processes());
            if (figures.measured()) {
                json.name("idle_process_bytes").value(figures.idleProcessBytes());
                json.name("process_info_memory_bytes").value(figures.processInfoBytes());
            }
            optionalLong(json, "peak_rss_kb", figures.peakRssKb());
            json.name("error").value(figures.error());
            json.endObject();
        }
        return json.endArray().text() + "\n";
    }

    /** The text of {@code fairness.json}. */
    public static String fairness(BakeOffResult result) {
        JsonWriter json = new JsonWriter().beginArray();
        for (FairnessFigures figures : result.fairness()) {
            json.beginObject();
            json.name("runner").value(figures.runner());
            json.name("responders").value(figures.responders());
            if (figures.measured()) {
                json.name("pings").value(figures.pings());
                json.name("worst_latency_ns").value(figures.worstNs());
                json.name("p99_latency_ns").value(figures.p99Ns());
                json.name("median_latency_ns").value(figures.medianNs());
            }
            json.name("error").value(figures.error());
            json.endObject();
        }
        return json.endArray().text() + "\n";
    }

    /** The text of {@code load.json}: one object with both sides' rounds, medians and ratio. */
    public static String load(BakeOffResult result) {
        StdlibLoad load = result.stdlibLoad();
        JsonWriter json = new JsonWriter().beginObject();
        if (load.measured()) {
            double jbeam = Stats.of(load.figures().jbeamNs()).median();
            double erl = Stats.of(load.figures().erlNs()).median();
            json.name("files").value(load.figures().files());
            json.name("erl_median_ns").value(erl);
            json.name("jbeam_loader_median_ns").value(jbeam);
            json.name("ratio_jbeam_loader_vs_erl").value(jbeam / erl);
            json.name("erl_ns").values(load.figures().erlNs());
            json.name("jbeam_loader_ns").values(load.figures().jbeamNs());
            json.name("beam_instructions").value(load.figures().instructions());
            if (!load.figures().templateJitNs().isEmpty()) {
                double jit = Stats.of(load.figures().templateJitNs()).median();
                json.name("template_jit_median_ns").value(jit);
                json.name("ratio_template_jit_vs_erl").value(jit / erl);
                json.name("template_jit_instructions_per_second").value(load.figures().instructions() / (jit / 1e9));
                json.name("template_jit_refused_modules").value(load.figures().templateJitRefused());
                json.name("template_jit_ns").values(load.figures().templateJitNs());
            }
        }
        json.name("error").value(load.error());
        return json.endObject().text() + "\n";
    }

    private static void statistics(JsonWriter json, Measurement m) {
        m.stats().ifPresentOrElse(s -> {
            json.name("median_ns").value(s.median());
            json.name("q1_ns").value(s.q1());
            json.name("q3_ns").value(s.q3());
            json.name("min_ns").value(s.min());
            json.name("max_ns").value(s.max());
        }, () -> {
            for (String name : new String[] {"median_ns", "q1_ns", "q3_ns", "min_ns", "max_ns"}) {
                json.name(name).nullValue();
            }
        });
    }

    private static void ratio(JsonWriter json, String name, OptionalDouble ratio) {
        json.name(name);
        if (ratio.isPresent()) {
            json.value(ratio.getAsDouble());
        } else {
            json.nullValue();
        }
    }

    private static void optionalLong(JsonWriter json, String name, OptionalLong value) {
        json.name(name);
        if (value.isPresent()) {
            json.value(value.getAsLong());
        } else {
            json.nullValue();
        }
    }
}

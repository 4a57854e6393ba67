package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jbeam.bench.load.LoadFigures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * results.json, memory.json, report.md and report.html of a hand-made bake-off: the JSON
 * parses with an independent parser and holds the figures, the Markdown has the tables, and
 * the HTML is well-formed XML with one ratio chart and one warm-up curve per workload.
 */
class ReportsTest {
    private final BakeOffResult result = Samples.result();

    @Test
    @SuppressWarnings("unchecked")
    void resultsJsonHoldsEveryMeasurement() {
        List<Object> rows = (List<Object>) MiniJson.parse(ResultsJson.results(result));
        assertEquals(9, rows.size());
        Map<String, Object> fibInterpreter = (Map<String, Object>) rows.get(1);
        assertEquals("fib", fibInterpreter.get("workload"));
        assertEquals("interpreter", fibInterpreter.get("runner"));
        assertEquals(200.0, fibInterpreter.get("median_ns"));
        assertEquals(3.0, fibInterpreter.get("iterations"));
        assertEquals(true, fibInterpreter.get("result_ok"));
        assertEquals(2.0, fibInterpreter.get("ratio_vs_erl"));
        assertEquals(1.0, fibInterpreter.get("ratio_vs_interpreter"));
        List<Object> blocks = (List<Object>) fibInterpreter.get("blocks");
        Map<String, Object> block = (Map<String, Object>) blocks.get(0);
        assertEquals(List.of(600.0), block.get("warmup_ns"));
        assertEquals(List.of(200.0, 200.0, 200.0), block.get("iteration_ns"));
        Map<String, Object> wrong = (Map<String, Object>) rows.get(5);
        assertEquals(false, wrong.get("result_ok"));
        assertNull(wrong.get("ratio_vs_erl"));
        assertTrue(((String) wrong.get("error")).contains("differs"));
        for (Object row : rows) {
            assertTrue(((Map<String, Object>) row).keySet().containsAll(
                    List.of("workload", "runner", "median_ns", "iterations", "result_ok")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void memoryJsonHasMeasuredAndFailedFigures() {
        List<Object> rows = (List<Object>) MiniJson.parse(ResultsJson.memory(result));
        Map<String, Object> erl = (Map<String, Object>) rows.get(0);
        assertEquals(2700.0, erl.get("idle_process_bytes"));
        assertEquals(61000.0, erl.get("peak_rss_kb"));
        Map<String, Object> failed = (Map<String, Object>) rows.get(1);
        assertEquals("erlang:memory/1 is not implemented", failed.get("error"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fairnessJsonAndTableCompareTheWorstLatencyWithErls() {
        List<Object> rows = (List<Object>) MiniJson.parse(ResultsJson.fairness(result));
        Map<String, Object> interpreter = (Map<String, Object>) rows.get(1);
        assertEquals(400000.0, interpreter.get("worst_latency_ns"));
        assertEquals(2000.0, interpreter.get("pings"));
        assertEquals("VM exited with status 2", ((Map<String, Object>) rows.get(2)).get("error"));
        String md = MarkdownReport.render(result);
        assertTrue(md.contains("| interpreter | 1000 | 2000 | 400.0 µs | 200.0 µs | 90.0 µs | 5.00 |"), md);
        assertTrue(md.contains("| trace-jit | 1000 | – | – | – | – | failed: VM exited with status 2 |"), md);
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadJsonAndTableHoldTheStdlibFigure() {
        Map<String, Object> load = (Map<String, Object>) MiniJson.parse(ResultsJson.load(result));
        assertEquals(87.0, load.get("files"));
        assertEquals(0.4, (Double) load.get("ratio_jbeam_loader_vs_erl"), 1e-12);
        assertEquals(List.of(30.0, 40.0, 50.0), load.get("jbeam_loader_ns"));
        assertTrue(MarkdownReport.render(result).contains("| 87 | 40 ns | 30 ns | 50 ns | 0.40 |"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadWithTheTemplateJitGivesItsRowAndInstructionsPerSecond() {
        BakeOffResult withJit = new BakeOffResult(result.startedAt(), result.machine(), result.options(),
                result.measurements(), result.memory(), result.fairness(), result.unavailable(),
                new StdlibLoad(new LoadFigures(87, List.of(30L, 40L, 50L), List.of(100L, 100L, 100L),
                        List.of(200L, 250L, 300L), 1000, 1), null));
        Map<String, Object> load = (Map<String, Object>) MiniJson.parse(ResultsJson.load(withJit));
        assertEquals(2.5, (Double) load.get("ratio_template_jit_vs_erl"), 1e-12);
        assertEquals(4.0e9, (Double) load.get("template_jit_instructions_per_second"), 1e-3);
        assertEquals(1.0, load.get("template_jit_refused_modules"));
        String md = MarkdownReport.render(withJit);
        assertTrue(md.contains("| jbeam loader and template JIT (every module compiled) | 87 | 250 ns | 200 ns | 300 ns | 2.50 |"), md);
        assertTrue(md.contains("1,000 BEAM instructions in the median round: 4,000,000,000 instructions per second"), md);
        assertTrue(md.contains("it refused 1 modules"), md);
    }

    @Test
    void jsonStringsAreEscaped() {
        String text = new JsonWriter().beginArray().value("a\"b\\c\nd\u0001").value(Double.NaN).endArray().text();
        List<?> parsed = (List<?>) MiniJson.parse(text);
        assertEquals("a\"b\\c\nd\u0001", parsed.get(0));
        assertNull(parsed.get(1), "JSON has no NaN; the writer puts null");
    }

    @Test
    void markdownHasTablesRatiosAndTheMissingRunner() {
        String md = MarkdownReport.render(result);
        assertTrue(md.contains("| fib | sequential | interpreter | 10 | 200 ns |"), md);
        assertTrue(md.contains("| vs erl | vs interpreter |"), md);
        assertTrue(md.contains("**NO**: result differs"), md);
        assertTrue(md.contains("| interpreter | erl | 4.00 | 4.00 |"), md);
        assertTrue(md.contains("not measured: template-jit"), md);
        assertTrue(md.contains("| erl | 10000 | 2700 | 2640 | 59 MiB |"), md);
    }

    @Test
    void htmlIsWellFormedWithChartsPerWorkload() throws Exception {
        String html = HtmlReport.render(result);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        int charts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength();
        assertEquals(1 + 3, charts, "one ratio chart and a warm-up curve per workload");
        assertEquals(9, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength());
        assertTrue(html.contains("no x86_64 backend &lt;yet&gt;"));
        assertTrue(document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength() >= 3);
    }
}

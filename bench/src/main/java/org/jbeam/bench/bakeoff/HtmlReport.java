package org.jbeam.bench.bakeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained XHTML page (no scripts, no external files)
 * with the ratio chart, the warm-up curves and the tables of {@link MarkdownReport} rendered
 * as HTML tables. The page is well-formed XML, which the tests check with an XML parser.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** The text of {@code report.html}. */
    public static String render(BakeOffResult result) {
        Comparison comparison = result.comparison();
        Map<Workload, List<Measurement>> byWorkload = new LinkedHashMap<>();
        result.measurements().forEach(m -> byWorkload.computeIfAbsent(m.workload(), k -> new ArrayList<>()).add(m));
        List<Workload> workloads = List.copyOf(byWorkload.keySet());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>jbeam bake-off</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em}")
                .append("table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px}")
                .append("td.n{text-align:right}.bad{color:#c00;font-weight:bold}.curves svg{margin:4px}")
                .append("</style></head><body>\n<h1>jbeam bake-off</h1>\n");
        html.append("<p>started ").append(Html.escape(result.startedAt())).append(" on ")
                .append(Html.escape(result.machine())).append("; sizes: ")
                .append(result.options().size().harnessArgument()).append(", ").append(result.options().blocks())
                .append(" interleaved blocks, ").append(result.options().warmup()).append(" warm-up + ")
                .append(result.options().iterations()).append(" measured iterations per block.</p>\n");
        for (UnavailableRunner missing : result.unavailable()) {
            html.append("<p><strong>not measured: ").append(Html.escape(missing.name())).append("</strong> — ")
                    .append(Html.escape(missing.reason())).append("</p>\n");
        }
        html.append("<h2>Ratio to erl per workload</h2>\n").append(legend(comparison.runners()))
                .append(SvgCharts.ratioChart(comparison, workloads)).append('\n');
        html.append("<h2>Warm-up curves (first block, warm-up iterations left of the dashed line)</h2>\n")
                .append("<div class=\"curves\">");
        for (Workload w : workloads) {
            html.append(SvgCharts.warmupCurve(w, byWorkload.get(w), comparison.runners(), result.options().warmup()));
        }
        html.append("</div>\n<h2>Tables</h2>\n").append(tables(result));
        return html.append("</body></html>\n").toString();
    }

    private static String legend(List<String> runners) {
        StringBuilder legend = new StringBuilder("<p>");
        for (int i = 0; i < runners.size(); i++) {
            legend.append("<span style=\"color:").append(SvgCharts.colour(i)).append("\">■ ")
                    .append(Html.escape(runners.get(i))).append("</span> ");
        }
        return legend.append("</p>\n").toString();
    }

    /** The Markdown report's tables turned into HTML tables, row by row. */
    private static String tables(BakeOffResult result) {
        StringBuilder html = new StringBuilder();
        boolean inTable = false;
        for (String line : MarkdownReport.render(result).split("\n")) {
            if (line.startsWith("|")) {
                if (line.startsWith("|---")) {
                    continue;
                }
                html.append(inTable ? "" : "<table>").append("<tr>");
                String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|");
                for (String cell : cells) {
                    String tag = inTable ? "td" : "th";
                    String text = cell.strip().replace("\\|", "|");
                    boolean bad = text.startsWith("**NO**") || text.startsWith("failed");
                    html.append('<').append(tag).append(bad ? " class=\"bad\"" : "").append('>')
                            .append(Html.escape(text.replace("**", ""))).append("</").append(tag).append('>');
                }
                html.append("</tr>");
                inTable = true;
            } else {
                html.append(inTable ? "</table>\n" : "");
                inTable = false;
                if (line.startsWith("## ")) {
                    html.append("<h3>").append(Html.escape(line.substring(3))).append("</h3>\n");
                }
            }
        }
        return html.append(inTable ? "</table>\n" : "").toString();
    }
}

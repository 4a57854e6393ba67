package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny real bake-off (two workloads, one block, erl only until a tier lands) writes all
 * its files, well-formed, with erl's results marked ok and the missing tiers reported.
 */
class BakeOffRunTest {
    @TempDir
    Path out;

    @Test
    @SuppressWarnings("unchecked")
    void tinyRunWritesWellFormedResults() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = BakeOff.run(new String[] {"--quick", "--only", "fib,ring", "--runners", "erl", "--out",
                out.toString(), "--blocks",
                "1", "--warmup", "1", "--iterations", "2", "--memory-processes", "1000",
                "--fairness-responders", "100"},
                new PrintStream(stdout), new PrintStream(stderr));
        assertEquals(0, status, stderr::toString);
        List<Object> rows = (List<Object>) MiniJson.parse(Files.readString(out.resolve("results.json")));
        int runners = 1;
        assertEquals(2 * runners, rows.size());
        Map<String, Object> fib = (Map<String, Object>) rows.get(0);
        assertEquals("fib", fib.get("workload"));
        assertEquals("erl", fib.get("runner"));
        assertEquals(true, fib.get("result_ok"));
        assertEquals(2.0, fib.get("iterations"));
        assertTrue((Double) fib.get("median_ns") > 0);
        Map<String, Object> ring = (Map<String, Object>) rows.get(runners);
        assertEquals("concurrent", ring.get("group"));
        List<Object> memory = (List<Object>) MiniJson.parse(Files.readString(out.resolve("memory.json")));
        assertTrue((Double) ((Map<String, Object>) memory.get(0)).get("idle_process_bytes") > 0);
        Map<String, Object> fairness = (Map<String, Object>) ((List<Object>) MiniJson.parse(
                Files.readString(out.resolve("fairness.json")))).get(0);
        assertEquals(200.0, fairness.get("pings"), "100 responders pinged twice under --quick");
        assertTrue((Double) fairness.get("worst_latency_ns") >= (Double) fairness.get("median_latency_ns"));
        Map<String, Object> load = (Map<String, Object>) MiniJson.parse(Files.readString(out.resolve("load.json")));
        assertTrue((Double) load.get("files") > 50, "all of stdlib is more than 50 modules");
        assertTrue((Double) load.get("erl_median_ns") > 0 && (Double) load.get("jbeam_loader_median_ns") > 0);
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| fib | sequential | erl |"), md);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("report.html").toFile());
        assertTrue(stdout.toString().contains("# jbeam bake-off"));
    }
}

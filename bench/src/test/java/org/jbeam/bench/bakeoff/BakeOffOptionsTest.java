package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bake-off's command line, and its selection of workloads. */
class BakeOffOptionsTest {
    @Test
    void quickChangesSizesAndCounts() {
        BakeOffOptions full = BakeOffOptions.parse();
        BakeOffOptions quick = BakeOffOptions.parse("--quick", "--out", "/tmp/x", "--only", "fib, json");
        assertEquals(SizeMode.DEFAULT, full.size());
        assertEquals(SizeMode.QUICK, quick.size());
        assertTrue(quick.blocks() * quick.iterations() < full.blocks() * full.iterations());
        assertEquals(Path.of("/tmp/x"), quick.out());
        assertEquals(List.of("fib", "json"), quick.only());
        assertEquals(List.of("fib", "json"), Workloads.select(quick.only()).stream().map(Workload::name).toList());
    }

    @Test
    void badCommandLinesSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BakeOffOptions.parse("--only", "nope"))
                .getMessage().contains("unknown workload 'nope'"));
        assertThrows(IllegalArgumentException.class, () -> BakeOffOptions.parse("--out"));
        assertThrows(IllegalArgumentException.class, () -> BakeOffOptions.parse("--warmup", "0"));
        assertThrows(IllegalArgumentException.class, () -> BakeOffOptions.parse("--iterations", "x"));
        assertThrows(IllegalArgumentException.class, () -> BakeOffOptions.parse("--fast"));
    }

    @Test
    void usageErrorExitsWithTwo() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = BakeOff.run(new String[] {"--only", "nope"}, System.out, new java.io.PrintStream(err));
        assertEquals(BakeOff.USAGE_ERROR, status);
        assertTrue(err.toString().contains("usage: bench bakeoff"));
    }
}

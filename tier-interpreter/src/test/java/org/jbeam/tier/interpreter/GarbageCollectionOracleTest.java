package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs that allocate far more than their heap may hold ({@code programs/gcwork.erl}): they
 * must print what the real {@code erl} prints, so the collector kept every live term intact,
 * and they must finish under a heap limit much smaller than what they allocate in total, with
 * the heap left bounded afterwards, so the collector really reclaimed the garbage.
 */
class GarbageCollectionOracleTest {
    /** The most heap words a process of these programs may hold; each allocates many times more. */
    private static final long HEAP_LIMIT_WORDS = 1L << 19;

    static List<String> calls() {
        return List.of("gcwork:lists(20000)", "gcwork:lists(10)", "gcwork:tuples(50000)", "gcwork:maps(30000)",
                "gcwork:funs(40000)", "gcwork:numbers(30000)", "gcwork:deep(20000)", "gcwork:explicit(5000)",
                "gcwork:catches(30000)", "gcwork:mixed(30000)");
    }

    private static Path dir;
    private static ProgramRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Files.createDirectories(Path.of("target", "erl-gc-programs"));
        Path source = dir.resolve("gcwork.erl");
        try (InputStream in = GarbageCollectionOracleTest.class.getResourceAsStream("/programs/gcwork.erl")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        Erl.run(List.of("erlc", "-o", dir.toString(), source.toString()));
        StringBuilder eval = new StringBuilder();
        for (String call : calls()) {
            eval.append("io:format(\"~w~n\", [").append(call).append("]), ");
        }
        eval.append("halt().");
        String[] lines = Erl.run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval.toString()))
                .split("\n");
        assertEquals(calls().size(), lines.length, "one line per call from erl");
        List<String> calls = new ArrayList<>(calls());
        for (int i = 0; i < lines.length; i++) {
            ERL.put(calls.get(i), lines[i]);
        }
        runner = new ProgramRunner(dir, HEAP_LIMIT_WORDS);
    }

    @AfterAll
    static void free() {
        runner.close();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrintsWithABoundedHeap(String call) {
        assertEquals(ERL.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
        assertTrue(runner.lastHeapWords <= HEAP_LIMIT_WORDS,
                () -> call + " left " + runner.lastHeapWords + " heap words");
        if (!call.equals("gcwork:lists(10)")) {
            assertTrue(runner.lastCollections > 0, () -> call + " allocates enough to collect");
        }
    }
}

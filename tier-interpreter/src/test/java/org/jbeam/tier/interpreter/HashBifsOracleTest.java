package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checksum BIFs ({@code crc32}, {@code adler32}, {@code md5}) and the old hash {@code phash/2} (with {@code sets} and {@code dict} built on it) on the interpreter against the real {@code erl}: each {@code bhash:t(N)} of
 * {@code src/test/resources/morebifs/bhash.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class HashBifsOracleTest {
    private static final int CASES = 31;

    static List<String> calls() {
        return IntStream.rangeClosed(1, CASES).mapToObj(i -> "bhash:t(" + i + ")").toList();
    }

    private static ProgramRunner runner;
    private static Map<String, String> erl;

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-bhash", "morebifs", List.of("bhash"));
        erl = Erl.ask(dir, calls(), false);
        runner = new ProgramRunner(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("calls")
    void printsWhatErlPrints(String call) {
        assertEquals(erl.get(call), runner.call(call), () -> call + " " + runner.lastDetail);
    }
}

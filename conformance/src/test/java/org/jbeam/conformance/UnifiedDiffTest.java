package org.jbeam.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The failure report's pieces: the line diff and the byte-faithful view of stdout. */
class UnifiedDiffTest {
    @Test
    void aChangedLineShowsAsMinusThenPlusWithContext() {
        String diff = UnifiedDiff.of("erl", "a\nb\nc\nd\n", "jbeam", "a\nb\nX\nd\n");
        assertEquals("--- erl\n+++ jbeam\n@@ line 1 @@\n a\n b\n-c\n+X\n d\n", diff);
    }

    @Test
    void distantChangesMakeSeparateHunksAndMissingLinesShow() {
        String expected = IntStream.rangeClosed(1, 30).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
        String actual = expected.replace("\n5\n", "\nfive\n").replace("\n30\n", "\n");
        String diff = UnifiedDiff.of("erl", expected, "jbeam", actual);
        assertTrue(diff.contains("@@ line 2 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"), diff);
        assertTrue(diff.contains("@@ line 27 @@\n 27\n 28\n 29\n-30\n"), diff);
    }

    @Test
    void aMissingFinalNewlineIsNamed() {
        assertTrue(UnifiedDiff.of("erl", "x\n", "jbeam", "x").contains("actual does not end with one"));
    }

    @Test
    void latin1BytesAreEscapedSoDifferentBytesNeverLookAlike() {
        Outcome latin1 = new Outcome(0, new byte[] {'a', (byte) 0xE9, '\n'}, "");
        Outcome utf8 = new Outcome(0, "a\u00e9\n".getBytes(StandardCharsets.UTF_8), "");
        assertEquals("a\\xE9\n", latin1.stdoutText());
        assertEquals("a\u00e9\n", utf8.stdoutText());
        assertEquals(1, latin1.firstDifferentByte(utf8));
        assertEquals(-1, utf8.firstDifferentByte(utf8));
    }
}

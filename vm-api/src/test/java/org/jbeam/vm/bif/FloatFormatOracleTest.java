package org.jbeam.vm.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link FloatFormat} with erl's own {@code float_to_list/1,2} on 2,000 doubles that
 * {@code float_format_oracle.erl} (a test resource) draws with a fixed seed: the default
 * {@code %.20e} form, {@code short}, {@code {decimals,N}} with and without {@code compact},
 * and {@code {scientific,M}}.
 */
class FloatFormatOracleTest {
    private record Row(double value, String defaultForm, String shortForm, int decimals, String fixed, int digits,
            String scientific, String compact) {}

    private static final List<Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void askErl() throws IOException, InterruptedException, URISyntaxException {
        Path source = Path.of(FloatFormatOracleTest.class.getResource("/bif/float_format_oracle.erl").toURI());
        Path dir = Files.createDirectories(Path.of("target", "float-format-oracle"));
        run(List.of("erlc", "-o", dir.toString(), source.toString()));
        String output = run(List.of("erl", "-noshell", "-pa", dir.toString(), "-run", "float_format_oracle", "main"));
        for (String line : output.split("\n")) {
            String[] f = line.trim().split(" ");
            ROWS.add(new Row(Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16)), f[1], f[2],
                    Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5]), f[6], f[7]));
        }
        assertEquals(2000, ROWS.size(), "one line per double from erl");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("the oracle needs OTP's " + command.getFirst() + " on the PATH: " + e.getMessage());
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> command + " failed:\n" + text);
        return text;
    }

    @Test
    void defaultFormIsPercentTwentyE() {
        for (Row row : ROWS) {
            assertEquals(row.defaultForm, FloatFormat.scientific(row.value, FloatFormat.DEFAULT_SCIENTIFIC_DIGITS),
                    () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(row.value)));
        }
    }

    @Test
    void shortIsTheShortestRoundTrip() {
        for (Row row : ROWS) {
            assertEquals(row.shortForm, FloatFormat.shortest(row.value), () -> "value " + row.value);
            assertEquals(row.value, Double.parseDouble(row.shortForm), "erl's short form reads back");
        }
    }

    @Test
    void decimalsAndCompact() {
        for (Row row : ROWS) {
            String fixed = FloatFormat.decimals(row.value, row.decimals, false);
            assertEquals(row.fixed, fixed == null ? "badarg" : fixed, () -> row.value + " decimals " + row.decimals);
            String compact = FloatFormat.decimals(row.value, row.decimals, true);
            assertEquals(row.compact, compact == null ? "badarg" : compact,
                    () -> row.value + " decimals " + row.decimals + " compact");
        }
    }

    @Test
    void scientificDigits() {
        for (Row row : ROWS) {
            assertEquals(row.scientific, FloatFormat.scientific(row.value, row.digits),
                    () -> row.value + " scientific " + row.digits);
        }
    }

    @Test
    void theSampleReachesBothShortForms() {
        assertTrue(ROWS.stream().anyMatch(r -> r.shortForm.contains("e")));
        assertTrue(ROWS.stream().anyMatch(r -> !r.shortForm.contains("e")));
    }
}

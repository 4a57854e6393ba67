package org.jbeam.vm.etf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code etf_oracle.erl} (a test resource) under the real {@code erl} and reads the file
 * it writes: erl's encodings of its generated terms, and erl's verdicts on crafted inputs.
 */
final class ErlOracle {
    /** Erl's bytes for one term, one entry per {@code etf_oracle:variants()} option list. */
    record TermRecord(List<byte[]> encodings) {}

    /** An input, whether erl rejected it with badarg, and if not its re-encoding and used size. */
    record InputRecord(byte[] input, boolean badarg, byte[] reencoded, int used) {}

    record Output(List<TermRecord> terms, List<InputRecord> inputs) {}

    private ErlOracle() {}

    static Output run() throws IOException, InterruptedException, URISyntaxException {
        Path source = Path.of(ErlOracle.class.getResource("/etf/etf_oracle.erl").toURI());
        Path dir = Path.of("target", "etf-oracle");
        Files.createDirectories(dir);
        Path out = dir.resolve("oracle.bin");
        Files.deleteIfExists(out);
        exec(List.of("erlc", "-o", dir.toString(), source.toString()));
        exec(List.of("erl", "-noshell", "-pa", dir.toString(), "-run", "etf_oracle", "main", out.toString()));
        return parse(ByteBuffer.wrap(Files.readAllBytes(out)));
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("the oracle needs OTP's " + command.get(0) + " on the PATH: " + e.getMessage());
            return;
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        assertEquals(0, process.exitValue(),
                () -> command + " failed:\n" + new String(output, StandardCharsets.UTF_8));
    }

    private static Output parse(ByteBuffer buffer) {
        List<TermRecord> terms = new ArrayList<>();
        int termCount = buffer.getInt();
        for (int t = 0; t < termCount; t++) {
            int variants = buffer.getInt();
            List<byte[]> encodings = new ArrayList<>();
            for (int v = 0; v < variants; v++) {
                encodings.add(bytes(buffer));
            }
            terms.add(new TermRecord(encodings));
        }
        List<InputRecord> inputs = new ArrayList<>();
        int inputCount = buffer.getInt();
        for (int i = 0; i < inputCount; i++) {
            boolean badarg = buffer.get() == 1;
            byte[] input = bytes(buffer);
            byte[] reencoded = bytes(buffer);
            inputs.add(new InputRecord(input, badarg, reencoded, buffer.getInt()));
        }
        return new Output(terms, inputs);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getInt()];
        buffer.get(bytes);
        return bytes;
    }
}

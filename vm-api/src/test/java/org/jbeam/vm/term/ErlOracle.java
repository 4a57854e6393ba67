package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code erl} as the oracle: compiles the Erlang helpers under
 * {@code src/test/resources/erl} with {@code erlc} into {@code target/erl-test} and runs
 * {@code jbeam_terms:main/1} in one mode, returning what it prints. Fails the test, never
 * skips it, when {@code erl} or {@code erlc} is missing or the helper fails.
 */
final class ErlOracle {
    private static final String[] MODULES = {"jbeam_terms", "jbeam_terms_cases"};

    private ErlOracle() {}

    static List<String> run(String mode) {
        Path out = Path.of("target", "erl-test").toAbsolutePath();
        try {
            Files.createDirectories(out);
            List<String> erlc = new ArrayList<>(List.of("erlc", "-o", out.toString()));
            for (String module : MODULES) {
                Path source = out.resolve(module + ".erl");
                try (InputStream in = ErlOracle.class.getResourceAsStream("/erl/" + module + ".erl")) {
                    if (in == null) {
                        fail("test resource erl/" + module + ".erl is missing");
                    }
                    Files.write(source, in.readAllBytes());
                }
                erlc.add(source.toString());
            }
            exec(erlc, "erlc");
            return exec(List.of("erl", "-noshell", "-pa", out.toString(), "-run", "jbeam_terms", "main", mode), "erl");
        } catch (IOException e) {
            return fail("cannot run the erl oracle (is OTP 25 installed, with erl and erlc on PATH?): " + e.getMessage());
        }
    }

    private static List<String> exec(List<String> command, String what) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(what + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted waiting for " + what);
        }
        if (process.exitValue() != 0) {
            fail(what + " failed with status " + process.exitValue() + ": " + output);
        }
        return output.lines().toList();
    }
}

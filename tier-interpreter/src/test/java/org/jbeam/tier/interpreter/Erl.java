package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code erlc}/{@code erl}; a missing or failing tool fails the test. */
final class Erl {
    private static final long TIMEOUT_SECONDS = 300;

    private Erl() {}

    /** Runs {@code command}; returns its standard output, failing the test on a non-zero exit. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // A failing erl must not leave erl_crash.dump files in the working directory.
            builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run " + command.getFirst() + " (is OTP installed and on the PATH?): " + e.getMessage());
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(command + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}

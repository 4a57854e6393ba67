package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real erl for the tests; a missing erl fails the test with a clear message. */
final class ErlProcess {
    private ErlProcess() {}

    /** Evaluates {@code expression} (which must end by halting) with {@code codePath} on the code path. */
    static String eval(Path codePath, String expression) throws IOException, InterruptedException {
        Process erl;
        try {
            ProcessBuilder builder = new ProcessBuilder("erl", "-noshell", "-pa", codePath.toString(), "-eval",
                    expression).redirectErrorStream(true);
            builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
            erl = builder.start();
        } catch (IOException e) {
            return fail("these tests need the real erl on PATH (Erlang/OTP 25): " + e.getMessage());
        }
        String output = new String(erl.getInputStream().readAllBytes());
        if (!erl.waitFor(2, TimeUnit.MINUTES)) {
            erl.destroyForcibly();
            fail("erl did not finish: " + output);
        }
        assertEquals(0, erl.exitValue(), () -> "erl failed:\n" + output);
        return output;
    }
}

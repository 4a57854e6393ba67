package org.jbeam.config;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The launcher-level oracle tests' way of running the real {@code erl} and jbeam's launcher
 * (a fresh JVM on the test class path, with the flags {@code bin/jbeam} uses) as child
 * processes, and what each printed.
 */
final class Commands {
    /** What a child process printed and its exit status. */
    record Outcome(int status, String stdout, String stderr) {}

    private Commands() {}

    /** {@code erl ARGS...}. */
    static List<String> erl(List<String> args) {
        List<String> command = new ArrayList<>(List.of("erl"));
        command.addAll(args);
        return command;
    }

    /** The launcher with {@code args}, as {@code bin/jbeam ARGS...} runs it. */
    static List<String> jbeam(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dguice_bytecode_gen_option=DISABLED", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command} with {@code environment} set over this process's and {@code input}
     * on its standard input, then end of file; a run longer than {@code hangSeconds} fails the
     * test (a hang is a failure, not a timing check).
     */
    static Outcome run(List<String> command, byte[] input, Map<String, String> environment, long hangSeconds)
            throws Exception {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.getFirst() + " (is OTP 25's erl on PATH?): " + e, e);
        }
        // stderr is drained beside stdout, so a child that fills one pipe cannot stall.
        CompletableFuture<byte[]> stderr = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                stderr.complete(process.getErrorStream().readAllBytes());
            } catch (IOException e) {
                stderr.completeExceptionally(e);
            }
        });
        try (var in = process.getOutputStream()) {
            in.write(input);
        }
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(hangSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within " + hangSeconds + " s");
        }
        return new Outcome(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr.get(), StandardCharsets.UTF_8));
    }
}

package org.jbeam.vm.loader;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code erlc}/{@code erl} for oracle tests; a missing or failing tool fails the test. */
final class Erl {
    private static final long TIMEOUT_SECONDS = 300;

    private Erl() {}

    /** Copies a test resource next to the classes and compiles it with {@code erlc} into {@code outDir}. */
    static void compileResource(String resource, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path source = outDir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = Erl.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("test resource " + resource + " is missing");
            }
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of("erlc", "-o", outDir.toString(), source.toString()));
    }

    /** Compiles an Erlang source file with {@code erlc}, extra options first. */
    static void compile(Path source, Path outDir, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("erlc", "-o", outDir.toString()));
        command.addAll(List.of(options));
        command.add(source.toString());
        run(command);
    }

    /** Runs {@code command}; returns its standard output, failing the test on a non-zero exit. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
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

package org.jbeam.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OTP compiler running on jbeam (issue 4): {@code compile_stdlib} (a test resource,
 * compiled with erlc) reads the abstract code of sixteen stdlib modules from the debug info of
 * the installed {@code .beam} files ({@code beam_lib:chunks(File, [abstract_code])}; OTP 25's
 * stdlib is built with debug info, so no module needs its forms from the source), compiles each
 * with {@code compile:forms(Forms, [binary, deterministic])} and prints the module, the size
 * of the binary and its MD5. All the compilations run in one boot of each VM: erl and jbeam
 * (the launcher in a JVM of its own, as {@code bin/jbeam} runs it) must print the same lines
 * and exit 0, which makes every binary jbeam's compiler wrote byte-identical to erl's.
 */
class CompilerOnJbeamTest {
    /** A run that never ends is a failure, not a timing check. */
    private static final long HANG_SECONDS = 300;

    private record Outcome(int status, String stdout, String stderr) {}

    @Test
    void compileFormsOfStdlibModulesGivesErlsBinaries(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("compile_stdlib.erl");
        try (var in = CompilerOnJbeamTest.class.getResourceAsStream("/compiler/compile_stdlib.erl")) {
            Files.write(source, in.readAllBytes());
        }
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), source.toString()));
        assertEquals(0, compiled.status(), "erlc: " + compiled);
        List<String> args = List.of("-noshell", "-pa", dir.toString(), "-s", "compile_stdlib", "main",
                "-s", "init", "stop");
        List<String> erlCommand = new ArrayList<>(List.of("erl"));
        erlCommand.addAll(args);
        Outcome erl = run(erlCommand);
        assertEquals(0, erl.status(), "erl: " + erl);
        assertEquals(16, erl.stdout().lines().count(), "erl should print one line per module: " + erl);
        Outcome jbeam = run(jbeamCommand(args));
        assertEquals(erl.stdout(), jbeam.stdout(), "jbeam's stderr: " + jbeam.stderr());
        assertEquals(0, jbeam.status(), "jbeam's stderr: " + jbeam.stderr());
    }

    /** The launcher in a fresh JVM on this test's class path, with the flags bin/jbeam uses. */
    private static List<String> jbeamCommand(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dguice_bytecode_gen_option=DISABLED", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(args);
        return command;
    }

    private static Outcome run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.getFirst() + " (is OTP 25's erl on PATH?): " + e, e);
        }
        var stderr = new CompletableFuture<byte[]>();
        Thread.ofVirtual().start(() -> {
            try {
                stderr.complete(process.getErrorStream().readAllBytes());
            } catch (IOException e) {
                stderr.completeExceptionally(e);
            }
        });
        var stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within " + HANG_SECONDS + " s");
        }
        return new Outcome(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr.get(), StandardCharsets.UTF_8));
    }
}

package org.jbeam.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jbeam.config.Commands.Outcome;
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
        Outcome erl = run(Commands.erl(args));
        assertEquals(0, erl.status(), "erl: " + erl);
        assertEquals(16, erl.stdout().lines().count(), "erl should print one line per module: " + erl);
        Outcome jbeam = run(Commands.jbeam(args));
        assertEquals(erl.stdout(), jbeam.stdout(), "jbeam's stderr: " + jbeam.stderr());
        assertEquals(0, jbeam.status(), "jbeam's stderr: " + jbeam.stderr());
    }

    private static Outcome run(List<String> command) throws Exception {
        return Commands.run(command, new byte[0], java.util.Map.of(), HANG_SECONDS);
    }
}

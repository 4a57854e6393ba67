package org.jbeam.config.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jbeam.config.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module assigned in {@code vm.conf} to a tier that cannot run it (here the template JIT with
 * {@code template-jit.arch = aarch64}, a backend this build lacks: OTP 25's erlc writes no
 * instruction the tier has no template for) fails to load as a bad file does in erl:
 * {@code {error, badfile}} and {@code undef} for its functions (the logger's "Loading of ...
 * failed" report comes too, but may lose the race with {@code init:stop}, in erl as well), the
 * refusal saying why on stderr; the code server and everything else run on. With the backend of
 * this machine named ({@code x86_64}) the same module loads and runs.
 */
class RefusedModuleTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void compile() throws Exception {
        for (String module : List.of("refused_bif", "refused_main")) {
            Path source = dir.resolve(module + ".erl");
            try (var in = RefusedModuleTest.class.getResourceAsStream("/refused/" + module + ".erl")) {
                Files.write(source, in.readAllBytes());
            }
            Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString()).inheritIO().start();
            assertEquals(0, erlc.waitFor(), "erlc " + module);
        }
    }

    @Test
    void aModuleItsTierRefusesFailsToLoadAndTheVmRunsOn() throws Exception {
        String output = run("aarch64");
        // stdout and stderr share the pipe, so each line is looked for on its own.
        for (String line : List.of("{error,badfile}\n", "'EXIT'\n", "code_server alive: true\n", "\n6\n")) {
            assertTrue(output.contains(line), () -> "no " + line + " in:\n" + output);
        }
        assertTrue(output.contains("template-jit.arch = aarch64: this build has no such backend (it has: x86_64)"),
                output);
    }

    @Test
    void withThisMachinesBackendTheModuleLoads() throws Exception {
        String output = run("x86_64");
        for (String line : List.of("{module,refused_bif}\n", "code_server alive: true\n", "\n6\n")) {
            assertTrue(output.contains(line), () -> "no " + line + " in:\n" + output);
        }
    }

    /** Runs refused_main:main() with refused_bif on the template JIT of backend {@code arch}. */
    private static String run(String arch) throws Exception {
        Path config = dir.resolve("vm-" + arch + ".conf");
        Files.writeString(config, "jbeam.modules { \"refused_bif\" = template-jit }\n"
                + "jbeam.template-jit.arch = " + arch + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dguice_bytecode_gen_option=DISABLED", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "-config", config.toString(), "-noshell", "-pa", dir.toString(),
                "-s", "refused_main", "main", "-s", "init", "stop"));
        Process jbeam = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jbeam.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jbeam.waitFor(120, TimeUnit.SECONDS), "jbeam did not end");
        assertEquals(0, jbeam.exitValue(), output);
        return output;
    }
}

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
 * {@code jbeam.template-jit.arch} picks the template JIT's backend: the one for this machine runs
 * the module (one this build lacks refuses it: {@link RefusedModuleTest}).
 */
class TemplateJitArchTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void compile() throws Exception {
        for (String module : List.of("arch_main", "arch_jit")) {
            Path source = dir.resolve(module + ".erl");
            try (var in = TemplateJitArchTest.class.getResourceAsStream("/arch/" + module + ".erl")) {
                Files.write(source, in.readAllBytes());
            }
            Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString()).inheritIO().start();
            assertEquals(0, erlc.waitFor(), "erlc " + module);
        }
    }

    @Test
    void thisMachinesBackendRunsTheModule() throws Exception {
        String output = run("x86_64");
        for (String line : List.of("{module,arch_jit}\n", "\n42\n", "\n6\n")) {
            assertTrue(output.contains(line), () -> "no " + line + " in:\n" + output);
        }
    }

    private static String run(String arch) throws Exception {
        Path config = dir.resolve("vm-" + arch + ".conf");
        Files.writeString(config, "jbeam.modules { \"arch_jit\" = template-jit }\njbeam.template-jit.arch = " + arch
                + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dguice_bytecode_gen_option=DISABLED", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "-config", config.toString(), "-noshell", "-pa", dir.toString(),
                "-s", "arch_main", "main", "-s", "init", "stop"));
        Process jbeam = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jbeam.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jbeam.waitFor(120, TimeUnit.SECONDS), "jbeam did not end");
        assertEquals(0, jbeam.exitValue(), output);
        return output;
    }
}

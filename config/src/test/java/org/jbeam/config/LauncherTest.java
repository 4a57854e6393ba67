package org.jbeam.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's dispatch and the exact output and exit status of {@code check}. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("check"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: jbeam"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkReportsEachRejectedFileAndASummary(@TempDir Path dir) throws IOException {
        Path lists = org.jbeam.vm.code.OtpRoot.locate().resolve("lib").resolve(stdlib()).resolve("ebin/lists.beam");
        Path good = Files.copy(lists, dir.resolve("good.beam"));
        byte[] bytes = Files.readAllBytes(lists);
        Path bad = Files.createDirectories(dir.resolve("sub")).resolve("bad.beam");
        Files.write(bad, Arrays.copyOf(bytes, 20));
        assertEquals(1, run("check", dir.toString()));
        assertEquals(bad + ": chunk FOR1 at offset 4: IFF form size " + (bytes.length - 8)
                + " does not match the file size 20\nchecked 2 files: 1 loaded, 1 rejected\n",
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("check", good.toString()));
        assertEquals("checked 1 files: 1 loaded, 0 rejected\n", out.toString(StandardCharsets.UTF_8));
    }

    private static String stdlib() throws IOException {
        try (var apps = Files.list(org.jbeam.vm.code.OtpRoot.locate().resolve("lib"))) {
            return apps.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("stdlib-")).findFirst()
                    .orElseThrow(() -> new AssertionError("OTP's stdlib is not installed"));
        }
    }
}

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
import java.util.List;
import java.util.Map;

import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.ReferenceLines;
import org.jbeam.config.tiers.TestTierJar;
import org.jbeam.config.tiers.TierCatalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's dispatch and the exact output and exit status of {@code check}, {@code config} and {@code tiers}. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int runIn(LaunchEnvironment environment, String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    }

    /** Each output line of {@code config} as {@code [KEY = VALUE, SOURCE]}. */
    private List<List<String>> configLines() {
        return out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Arrays.stream(line.split(" +# ", 2)).map(String::strip).toList()).toList();
    }

    private static String reference(String key) {
        return "reference.conf:" + ReferenceLines.of(key);
    }

    @Test
    void configPrintsEveryEffectiveValueWithItsSource(@TempDir Path dir) throws IOException {
        ClassLoader loader = TestTierJar.loader(List.of(TestTierJar.build(dir.resolve("jar"), "JarTier", "jar-tier", 200)));
        Files.writeString(dir.resolve("vm.conf"), "# mine\njbeam.modules { \"my_app_*\" = jar-tier }\n");
        LaunchEnvironment environment = new LaunchEnvironment(dir, Map.of(), loader);
        assertEquals(0, runIn(environment, "config", "-tier", "jar-tier", "-S", "3", "-c", "trace-jit.hot-threshold=50"));
        assertEquals(List.of(
                List.of("jbeam.atom-table-limit = 1048576", reference("atom-table-limit")),
                List.of("jbeam.code-path = []", reference("code-path")),
                List.of("jbeam.debug.gc-stress = false", reference("gc-stress")),
                List.of("jbeam.debug.reductions-per-slice = 4000", reference("reductions-per-slice")),
                List.of("jbeam.modules.\"my_app_*\" = \"jar-tier\"", "vm.conf:2"),
                List.of("jbeam.otp-root = \"\"", reference("otp-root")),
                List.of("jbeam.schedulers = 3", "flag -S 3"),
                List.of("jbeam.template-jit.arch = \"auto\"", reference("arch")),
                List.of("jbeam.template-jit.dump = false", reference("dump")),
                List.of("jbeam.template-jit.perf-map = false", reference("perf-map")),
                List.of("jbeam.tier = \"jar-tier\"", "flag -tier jar-tier"),
                List.of("jbeam.trace-jit.hot-threshold = 50", "flag -c trace-jit.hot-threshold=50"),
                List.of("jbeam.trace-jit.max-trace-length = 4000", reference("max-trace-length"))), configLines());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void configReportsEveryProblemWithExitStatusTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("vm.conf"), "jbeam.tier = trace-jit\njbeam.schedulers = -1\n");
        LaunchEnvironment environment = new LaunchEnvironment(dir, Map.of(), getClass().getClassLoader());
        String available = String.join(", ", TierCatalog.discover(getClass().getClassLoader()).names());
        assertEquals(2, runIn(environment, "config"));
        assertEquals("jbeam: the configuration has 2 problems:\n"
                + "  vm.conf:1: jbeam.tier: tier \"trace-jit\" (the tracing JIT (BEAMJIT's design)) is not available"
                + " in this build; tiers in this build: " + (available.isEmpty() ? "none" : available) + "\n"
                + "  vm.conf:2: jbeam.schedulers: expected an integer from 0 to 1024 (0 = one per core), got -1\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, runIn(environment, "config", "-S"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("jbeam: -S needs an argument\nusage: jbeam"));
        assertEquals(2, runIn(environment, "config", "extra"));
    }

    @Test
    void tiersListsDiscoveredAndReservedTiers(@TempDir Path dir) throws IOException {
        ClassLoader loader = TestTierJar.loader(List.of(TestTierJar.build(dir, "JarTier", "jar-tier", 200)));
        assertEquals(0, runIn(new LaunchEnvironment(dir, Map.of(), loader), "tiers"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("TIER", "ID", "RUNS HERE", "FROM"), columns(lines.getFirst()));
        assertTrue(lines.contains(String.join("", "jar-tier      ", "200  ", "yes        ", "testtier.JarTier")),
                lines.toString());
        assertTrue(lines.contains(String.join("", "template-jit  ", "3    ", "yes        ",
                "org.jbeam.tier.template.TemplateJitTier")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> columns(line).equals(List.of("trace-jit", "-", "no",
                "not available in this build (the tracing JIT (BEAMJIT's design))"))), lines.toString());
        assertTrue(lines.getLast().startsWith("machine: os.arch " + System.getProperty("os.arch") + ", JIT backend "),
                lines.getLast());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, runIn(new LaunchEnvironment(dir, Map.of(), getClass().getClassLoader()), "tiers", "x"));
    }

    @Test
    void tiersExitsWithTwoWhenATierOnTheClassPathIsBroken(@TempDir Path dir) throws IOException {
        ClassLoader loader = TestTierJar.loader(List.of(TestTierJar.buildWithoutNoArgConstructor(dir, "BrokenTier")));
        assertEquals(2, runIn(new LaunchEnvironment(dir, Map.of(), loader), "tiers"));
        assertEquals("jbeam: class path: cannot load a tier: org.jbeam.vm.tier.ExecutionTier: testtier.BrokenTier"
                + " Unable to get public no-arg constructor\n", err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> columns(String line) {
        return Arrays.stream(line.split("  +")).toList();
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

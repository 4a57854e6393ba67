package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier discovery finds providers of the tier SPI (and, while the SPI is absent, says so
 * instead of inventing a runner), and a tier runner starts jbeam's launcher with erl's command line.
 */
class TierRunnerTest {
    @Test
    void discoveryMatchesWhatIsOnTheClassPath() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        TierDiscovery.Found found = TierDiscovery.discover(loader);
        Class<?> spi;
        try {
            spi = Class.forName(TierDiscovery.SPI, false, loader);
        } catch (ClassNotFoundException absent) {
            assertEquals(List.of(), found.tiers());
            assertTrue(found.note().contains(TierDiscovery.SPI), found.note());
            RunnerLineup lineup = RunnerLineup.discover(Path.of("ebin"), Path.of("run"));
            assertEquals(List.of("erl"), lineup.available().stream().map(Runner::name).toList());
            assertEquals(2, lineup.unavailable().size(), "no tiers, so no mixed configuration either");
            return;
        }
        // The SPI is there: either tiers were found, or the note says why none could be used.
        assertTrue(!found.tiers().isEmpty() || found.note() != null, spi + " present but discovery said nothing");
    }

    /**
     * Compiles a stand-in SPI (an interface with {@code String name()}, as the tier SPI has)
     * and two providers, one of which cannot be constructed, into a separate class loader.
     */
    @Test
    void discoveryNamesEveryProviderOfTheSpiAndReportsTheBrokenOnes(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/org/jbeam/vm/tier"));
        Files.writeString(sources.resolve("ExecutionTier.java"),
                "package org.jbeam.vm.tier; public interface ExecutionTier { String name(); }");
        Files.writeString(sources.resolve("FakeTier.java"),
                "package org.jbeam.vm.tier; public class FakeTier implements ExecutionTier {"
                        + " public String name() { return \"fake-tier\"; } }");
        Files.writeString(sources.resolve("BrokenTier.java"),
                "package org.jbeam.vm.tier; public class BrokenTier implements ExecutionTier {"
                        + " public BrokenTier(int needsArguments) {} public String name() { return \"broken\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (Stream<Path> files = Files.list(sources)) {
            List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString()));
            files.forEach(f -> args.add(f.toString()));
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)));
        }
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve(TierDiscovery.SPI),
                "org.jbeam.vm.tier.FakeTier\norg.jbeam.vm.tier.BrokenTier\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            TierDiscovery.Found found = TierDiscovery.discover(loader);
            assertEquals(List.of("fake-tier"), found.tiers());
            assertTrue(found.note().contains("BrokenTier"), found.note());
        }
    }

    @Test
    void tierRunnerUsesErlsCommandLineThroughTheLauncher() {
        TierRunner runner = new TierRunner("interpreter", Path.of("/b/ebin"), Path.of("/w"), Path.of("/jdk"), "cp.jar");
        List<String> command = runner.vmCommand();
        assertEquals("/jdk/bin/java", command.get(0));
        int launcher = command.indexOf(TierRunner.LAUNCHER);
        assertEquals("cp.jar", command.get(launcher - 1));
        assertEquals(List.of("-tier", "interpreter", "-noshell", "-pa", "/b/ebin"),
                command.subList(launcher + 1, command.size()));
        assertEquals("interpreter", runner.name());
    }

    /** A mixed configuration puts the workload modules on the second tier through {@code jbeam.modules}. */
    @Test
    void aMixedRunnerPutsTheWorkloadModulesOnTheSecondTier() {
        TierRunner runner = new TierRunner("interpreter", "template-jit", Path.of("/b/ebin"), Path.of("/w"),
                Path.of("/jdk"), "cp.jar");
        List<String> command = runner.vmCommand();
        int launcher = command.indexOf(TierRunner.LAUNCHER);
        assertEquals(List.of("-tier", "interpreter", "-c", "modules={\"bench_*\" = \"template-jit\"}", "-noshell",
                "-pa", "/b/ebin"), command.subList(launcher + 1, command.size()));
        assertEquals("interpreter+template-jit", runner.name());
    }

    /** With one tier there is no mixed configuration, and the line-up says why. */
    @Test
    void oneTierMeansNoMixedConfigurationAndANote() {
        RunnerLineup lineup = RunnerLineup.discover(Path.of("ebin"), Path.of("run"));
        List<String> tiers = TierDiscovery.discover(getClass().getClassLoader()).tiers();
        long mixed = lineup.available().stream().filter(r -> r.name().contains("+")).count();
        assertEquals((long) tiers.size() * (tiers.size() - 1), mixed);
        if (tiers.size() < 2) {
            assertTrue(lineup.unavailable().stream().anyMatch(u -> u.name().equals("mixed tiers")), lineup.toString());
        }
    }
}

package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

/**
 * Tier discovery agrees with ServiceLoader (and, while the SPI is absent, says so instead of
 * inventing a runner), and a tier runner starts jbeam's launcher with erl's command line.
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
            assertEquals(1, lineup.unavailable().size());
            return;
        }
        assertEquals(ServiceLoader.load(spi, loader).stream().count(), (long) found.tiers().size());
    }

    @Test
    void tierRunnerUsesErlsCommandLineThroughTheLauncher() {
        TierRunner runner = new TierRunner("interpreter", Path.of("/b/ebin"), Path.of("/w"), Path.of("/jdk"), "cp.jar");
        List<String> command = runner.vmCommand();
        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.contains("-Dvm.tier=interpreter"), command.toString());
        int launcher = command.indexOf(TierRunner.LAUNCHER);
        assertEquals("cp.jar", command.get(launcher - 1));
        assertEquals(List.of("-noshell", "-pa", "/b/ebin"), command.subList(launcher + 1, command.size()));
        assertEquals("interpreter", runner.name());
    }
}

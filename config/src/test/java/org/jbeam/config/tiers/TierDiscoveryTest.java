package org.jbeam.config.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jbeam.config.assembly.VirtualMachine;
import org.jbeam.config.settings.DebugSettings;
import org.jbeam.config.settings.JitArch;
import org.jbeam.config.settings.TemplateJitSettings;
import org.jbeam.config.settings.TraceJitSettings;
import org.jbeam.config.settings.VmSettings;
import org.jbeam.vm.tier.ExecutionTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ServiceLoader discovery of a tier from a separate jar built at test time, and its
 * assembly by Guice (dependencies injected into the tier).
 */
class TierDiscoveryTest {
    @Test
    void aTierJarOnTheClassPathIsFoundAndInjected(@TempDir Path dir) throws Exception {
        ClassLoader loader = TestTierJar.loader(List.of(TestTierJar.build(dir, "JarTier", "jar-tier", 200)));
        TierCatalog catalog = TierCatalog.discover(loader);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        ExecutionTier tier = catalog.tier("jar-tier").orElseThrow(() -> new AssertionError("jar-tier not found"));
        assertEquals(200, tier.id());
        assertEquals("testtier.JarTier", tier.getClass().getName());
        assertTrue(TierCatalog.discover(getClass().getClassLoader()).tier("jar-tier").isEmpty(),
                "the tier must come from the jar only");

        Files.createDirectories(dir.resolve("otp/lib/stdlib-1/ebin"));
        VmSettings settings = new VmSettings("jar-tier", Map.of("lists", "jar-tier"), 2, List.of(),
                Optional.of(dir.resolve("otp")), 10_000, new TemplateJitSettings(JitArch.AUTO, false, false),
                new TraceJitSettings(1000, 4000), DebugSettings.NONE);
        try (VirtualMachine vm = VirtualMachine.assemble(settings, catalog)) {
            assertSame(tier, vm.tierFor("lists"));
            assertSame(tier, vm.tiers().get("jar-tier"));
            assertEquals(10_000, vm.atoms().limit());
            assertSame(vm.atoms(), tier.getClass().getField("atoms").get(tier), "Guice injects the tier's members");
            assertEquals(List.of(dir.resolve("otp/lib/stdlib-1/ebin")), vm.codeServer().path().directories());
        }
    }

    @Test
    void brokenProvidersAndDuplicateNamesAreProblems(@TempDir Path dir) throws Exception {
        ClassLoader loader = TestTierJar.loader(List.of(
                TestTierJar.build(dir.resolve("a"), "FirstTier", "twin", 210),
                TestTierJar.build(dir.resolve("b"), "SecondTier", "twin", 211),
                TestTierJar.buildWithoutNoArgConstructor(dir.resolve("c"), "BrokenTier")));
        TierCatalog catalog = TierCatalog.discover(loader);
        assertEquals(List.of(
                "class path: cannot load a tier: org.jbeam.vm.tier.ExecutionTier: testtier.BrokenTier Unable to get"
                        + " public no-arg constructor",
                "class path: two tiers are named \"twin\": testtier.FirstTier and testtier.SecondTier"),
                catalog.problems().stream().map(Object::toString).toList());
        assertEquals("testtier.FirstTier", catalog.tier("twin").orElseThrow().getClass().getName());
    }
}

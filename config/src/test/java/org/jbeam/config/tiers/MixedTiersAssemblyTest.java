package org.jbeam.config.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jbeam.config.assembly.VirtualMachine;
import org.jbeam.config.settings.DebugSettings;
import org.jbeam.config.settings.JitArch;
import org.jbeam.config.settings.TemplateJitSettings;
import org.jbeam.config.settings.TraceJitSettings;
import org.jbeam.config.settings.VmSettings;
import org.jbeam.tier.interpreter.Interpreter;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.Tiers;
import org.junit.jupiter.api.Test;

/**
 * The assembled VM hands the code server and the process runtime every tier and the
 * {@code jbeam.modules} assignment (issue 5): with two interpreters (the second under another
 * id and name, as a test tier), {@code lists} loads onto the tier the settings name for it, and a
 * process started on {@code lists:seq/2} runs there from a runtime holding both tiers.
 */
class MixedTiersAssemblyTest {
    private static final int SECOND_ID = 250;

    @Test
    void modulesLoadOntoTheirAssignedTierAndProcessesStartThere() throws Exception {
        Interpreter first = new Interpreter();
        Interpreter second = new Interpreter(SECOND_ID, "interpreter-b");
        TierCatalog catalog = TierCatalog.of(List.of(first, second));
        VmSettings settings = new VmSettings("interpreter", Map.of("lists", "interpreter-b"), 1, List.of(),
                Optional.empty(), 1_048_576, new TemplateJitSettings(JitArch.AUTO, false, false),
                new TraceJitSettings(1000, 4000), DebugSettings.NONE);
        try (VirtualMachine vm = VirtualMachine.assemble(settings, catalog)) {
            Tiers tiers = vm.codeServer().tiers();
            assertSame(first, tiers.byId(Interpreter.ID));
            assertSame(second, tiers.byId(SECOND_ID));
            assertEquals(SECOND_ID, tiers.assignedId("lists"));
            assertEquals(Interpreter.ID, tiers.assignedId("maps"));

            CompletableFuture<Long> length = new CompletableFuture<>();
            try (ProcessRuntime runtime = new ProcessRuntime(vm.atoms(), vm.exports(), tiers,
                    ProcessRuntime.ProcessSizes.DEFAULT)) {
                runtime.addExitObserver((process, returned, reason) -> length.complete(
                        returned ? Lists.properLength(process.x(0)) : -1));
                runtime.spawnFirst(vm.atoms().atom("lists"), vm.atoms().atom("seq"),
                        new long[] {TermTags.makeSmall(1), TermTags.makeSmall(5)});
                runtime.start();
                assertEquals(5, length.get(30, TimeUnit.SECONDS));
            }
            long seq = vm.exports().entry(vm.atoms().atom("lists"), vm.atoms().atom("seq"), 2);
            assertEquals(SECOND_ID, ExportEntry.tier(seq), "lists was loaded onto interpreter-b");
        }
    }
}

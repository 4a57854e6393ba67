package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jbeam.tier.template.ops.TemplateCompileException;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.bif.BifTable;
import org.junit.jupiter.api.Test;

/**
 * A module given to the template JIT that holds an instruction without a template fails to load
 * there, with an error naming the module, the function and the instruction; nothing of it runs on
 * another tier instead, and its export entries are left unbound rather than pointing at code that
 * does not exist: the tier refuses it before it becomes current. (Compiles but runs no generated
 * code.)
 */
class TemplateCompileFailureTest {

    @Test
    void aModuleWithAnInstructionWithoutTemplateFailsToLoadNamingIt() throws Exception {
        Path dir = ErlOracle.compile("tjit-unsupported", List.of("tj_unsupported"));
        // A BIF table without erlang:size/1 stands for a build lacking a BIF pick/1 needs.
        try (MixedTierRunner runner = new MixedTierRunner(dir, "tj_unsupported"::equals, BifTable::new)) {
            // Loading from the code path reports the tier's refusal as a load failure of the file.
            BeamLoadException loadFailure = assertThrows(BeamLoadException.class,
                    () -> runner.server.ensureLoaded("tj_unsupported"));
            TemplateCompileException failure = assertInstanceOf(TemplateCompileException.class, loadFailure.getCause());
            String message = failure.getMessage();
            assertTrue(message.startsWith("template-jit cannot compile module tj_unsupported, function pick/1: "
                    + "no Java BIF for erlang:size/1 (gc_bif1, code offset "), message);
            assertEquals(0, runner.boundTier("tj_unsupported", "double", 1));
            assertEquals(0, runner.boundTier("tj_unsupported", "pick", 1));
        }
    }
}

package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jbeam.tier.template.TemplateJitTier;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hot code loading on the template JIT: loading a new version compiles it and rebinds the export
 * entries, so new calls run the new code, while the old version's code stays where it is for the
 * processes still in it; {@code check_process_code}'s question is answered for native frames.
 */
@Tag("native-execution")
class TemplateJitReloadTest {

    @Test
    void aNewVersionRunsForNewCallsAndTheOldCodeStaysValid() throws Exception {
        Path v1 = compile("v1");
        Path v2 = compile("v2");
        try (MixedTierRunner runner = new MixedTierRunner(v1, "tj_reload"::equals)) {
            assertEquals("{result,version,{v1,one}}", runner.run("tj_reload", "version"));
            long entry = runner.exportEntry("tj_reload", "version", 0);
            long firstCode = ExportEntry.code(entry);
            LoadedModule first = runner.server.module("tj_reload").orElseThrow();

            try (ErlangProcess process = runner.newProcess()) {
                // A long loop of local calls yields inside version 1's code ...
                TierStatus status = runner.start(process, "tj_reload", "version_later", TermTags.makeSmall(100_000));
                assertEquals(TierStatus.YIELDED, status);
                // process_info(P, current_stacktrace) of a process suspended in native code:
                String stack = runner.print(runner.jit.suspendedStack(process, process.heap(), 8));
                assertTrue(stack.matches("\\[\\{tj_reload,version_later,1,\\[\\{file,\".*tj_reload.erl\"\\},"
                        + "\\{line,9\\}\\]\\}\\]"), stack);
                runner.server.load(v2.resolve("tj_reload.beam"), TemplateJitTier.ID);
                assertEquals(TemplateJitTier.ID, ExportEntry.tier(entry));
                assertNotEquals(firstCode, ExportEntry.code(entry), "the export entry now enters the new code");
                assertTrue(runner.server.oldModule("tj_reload").isPresent());
                assertTrue(runner.jit.runsCode(process, first), "the process is suspended in version 1");
                assertFalse(runner.jit.runsCode(process, runner.server.module("tj_reload").orElseThrow()));
                // ... goes on there, and its last call, through the export entry, reaches version 2.
                while (status == TierStatus.YIELDED) {
                    status = runner.resume(process);
                }
                assertEquals(TierStatus.FINISHED, status);
                assertEquals("{v2,two}", runner.print(process.x(0)));
            }
            assertEquals("{result,version,{v2,two}}", runner.run("tj_reload", "version"));
        }
    }

    private static Path compile(String version) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "tjit-reload-" + version));
        Path source = dir.resolve("tj_reload.erl");
        try (InputStream in = TemplateJitReloadTest.class.getResourceAsStream(
                "/tjit-reload/" + version + "/tj_reload.erl")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        ErlOracle.run(List.of("erlc", "-o", dir.toString(), source.toString()));
        return dir;
    }
}

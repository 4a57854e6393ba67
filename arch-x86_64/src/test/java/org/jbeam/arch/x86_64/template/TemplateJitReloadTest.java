package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jbeam.tier.template.TemplateJitTier;
import org.jbeam.tier.template.runtime.NativeModule;
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
 * Purging old code unmaps its native code and the code cache forgets it; current code runs on.
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

    @Test
    void purgingOldCodeFreesItsNativeCodeWhileCurrentCodeRunsOn() throws Exception {
        Path v1 = compile("v1");
        Path v2 = compile("v2");
        Path v3 = compile("v3");
        try (MixedTierRunner runner = new MixedTierRunner(v1, "tj_reload"::equals)) {
            assertEquals("{result,version,{v1,one}}", runner.run("tj_reload", "version"));
            NativeModule first = compiled(runner);
            long firstEntry = ExportEntry.code(runner.exportEntry("tj_reload", "version", 0));

            try (ErlangProcess process = runner.newProcess()) {
                // A process in version 1 when version 2 loads keeps version 1 until it leaves it ...
                TierStatus status = runner.start(process, "tj_reload", "version_later", TermTags.makeSmall(100_000));
                assertEquals(TierStatus.YIELDED, status);
                runner.server.load(v2.resolve("tj_reload.beam"), TemplateJitTier.ID);
                NativeModule second = compiled(runner);
                assertSame(first, runner.jit.cache().at(firstEntry), "old code is found while it is not purged");
                while (status == TierStatus.YIELDED) {
                    status = runner.resume(process);
                }
                assertEquals("{v2,two}", runner.print(process.x(0)));

                // ... and once it has, purging version 1 unmaps its code and forgets its addresses.
                assertTrue(runner.server.purge("tj_reload"));
                assertTrue(first.code().region().isClosed(), "the purged version's code is released");
                assertNull(runner.jit.cache().at(firstEntry));
                assertNull(runner.jit.cache().at(first.start()));
                assertNull(runner.jit.cache().of(first.loaded()));
                assertFalse(second.code().region().isClosed(), "the current code stays");
                assertSame(second, runner.jit.cache().at(second.start()));
                assertEquals("{result,version,{v2,two}}", runner.run("tj_reload", "version"));

                // Reloading makes version 2 old: it stays until it too is purged.
                runner.server.load(v3.resolve("tj_reload.beam"), TemplateJitTier.ID);
                NativeModule third = compiled(runner);
                assertFalse(second.code().region().isClosed(), "old code stays until it is purged");
                assertSame(second, runner.jit.cache().at(second.start()));
                assertEquals("{result,version,{v3,three}}", runner.run("tj_reload", "version"));
                assertTrue(runner.server.purge("tj_reload"));
                assertTrue(second.code().region().isClosed());
                assertNull(runner.jit.cache().at(second.start()));
                assertFalse(runner.server.purge("tj_reload"), "nothing old is left to purge");
                assertFalse(third.code().region().isClosed());
                assertEquals("{result,version_later,{v3,three}}", runLater(runner));
            }
        }
    }

    /** The native code of the current version of tj_reload. */
    private static NativeModule compiled(MixedTierRunner runner) {
        NativeModule module = runner.jit.cache().of(runner.server.module("tj_reload").orElseThrow());
        assertNotNull(module);
        return module;
    }

    /** tj_reload:version_later(1000) in a fresh process, printed as {@link MixedTierRunner#run} prints. */
    private static String runLater(MixedTierRunner runner) {
        try (ErlangProcess process = runner.newProcess()) {
            TierStatus status = runner.start(process, "tj_reload", "version_later", TermTags.makeSmall(1000));
            while (status == TierStatus.YIELDED) {
                status = runner.resume(process);
            }
            assertEquals(TierStatus.FINISHED, status);
            return "{result,version_later," + runner.print(process.x(0)) + "}";
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

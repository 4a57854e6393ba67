package org.jbeam.vm.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralDecoder;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Loading OTP modules by name from the code path and binding their export entries to a tier;
 * listeners hearing of purged versions.
 */
class CodeServerTest {
    private final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final CodeServer server = new CodeServer(new BeamLoader(atoms, exports, funs, LiteralDecoder.UNDECODED),
            exports, CodePath.otp(OtpRoot.locate()));

    @AfterEach
    void free() {
        exports.close();
        funs.close();
    }

    @Test
    void loadsByNameAndBindsExportsToTheTier() throws BeamLoadException {
        LoadedModule lists = server.ensureLoaded("lists", 3);
        assertSame(lists, server.ensureLoaded("lists", 3));
        assertSame(lists, server.module("lists").orElseThrow());
        ModuleFunction reverse = lists.export("reverse", 2).orElseThrow();
        long entry = exports.find(atoms.existing("lists"), atoms.existing("reverse"), 2);
        assertTrue(entry != 0);
        assertEquals(3, ExportEntry.tier(entry));
        assertEquals(reverse.entryIndex(), ExportEntry.code(entry));
        assertEquals(org.jbeam.vm.beam.GenericOp.LABEL, lists.code().get((int) ExportEntry.code(entry)).op());
    }

    @Test
    void importsOfALoadedModuleStayUnboundUntilTheirModuleLoads() throws BeamLoadException {
        server.ensureLoaded("lists", 1);
        long erlangError = exports.find(atoms.existing("erlang"), atoms.existing("error"), 1);
        assertTrue(erlangError != 0, "lists imports erlang:error/1");
        assertEquals(0, ExportEntry.tier(erlangError));
    }

    @Test
    void listenersHearOfEachPurgedVersionAndOnlyOfPurges() throws BeamLoadException {
        List<LoadedModule> purged = new ArrayList<>();
        server.addListener(new CodeServer.Listener() {
            @Override
            public void currentChanged(long moduleAtom, Optional<LoadedModule> current) {}

            @Override
            public void purged(LoadedModule module) {
                purged.add(module);
            }
        });
        LoadedModule first = server.ensureLoaded("lists", 1);
        LoadedModule second = server.load(server.path().find("lists").orElseThrow(), 1);
        assertEquals(List.of(), purged, "reloading makes the first version old, not purged");
        assertTrue(server.purge("lists"));
        assertEquals(List.of(first), purged);
        assertFalse(server.purge("lists"), "no old code is left");
        assertTrue(server.delete("lists"));
        assertEquals(List.of(first), purged, "deleting makes the current version old");
        assertTrue(server.purge("lists"));
        assertEquals(List.of(first, second), purged);
    }

    @Test
    void aModuleNotOnThePathIsALoadError() {
        BeamLoadException e = assertThrows(BeamLoadException.class, () -> server.ensureLoaded("no_such_module", 1));
        assertTrue(e.getMessage().contains("not on the code path"), e.getMessage());
    }

    @Test
    void theOtpPathHoldsTheStandardLibraries() {
        assertTrue(server.path().find("gen_server").isPresent());
        assertTrue(server.path().find("erlang").isPresent(), "erts' preloaded erlang.beam");
    }
}

package org.jbeam.tier.template.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jbeam.tier.template.backend.NativeCode;
import org.jbeam.tier.template.code.CodeMemory;
import org.jbeam.tier.template.code.CodeRegion;
import org.jbeam.tier.template.ops.ModuleDecoder;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code cache by address and by module version: every address of a region finds its
 * version and no other address does, removing a version forgets only it, and readers on other
 * threads see whole snapshots while versions come and go.
 */
class CodeCacheTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();
    private static byte[] beam;

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "code-cache"));
        Path source = dir.resolve("dec.erl");
        try (InputStream in = CodeCacheTest.class.getResourceAsStream("/decoder/dec.erl")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString()).inheritIO().start();
        assertTrue(erlc.waitFor(120, TimeUnit.SECONDS) && erlc.exitValue() == 0, "erlc failed");
        beam = Files.readAllBytes(dir.resolve("dec.beam"));
    }

    @AfterAll
    static void free() {
        EXPORTS.close();
        FUNS.close();
    }

    @Test
    void everyAddressOfARegionFindsItsVersionAndNoOtherAddressDoes() throws Exception {
        CodeCache cache = new CodeCache();
        List<NativeModule> versions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            versions.add(version());
        }
        // Added out of address order: the cache sorts.
        for (int i = versions.size() - 1; i >= 0; i -= 2) {
            cache.add(versions.get(i));
        }
        for (int i = 0; i < versions.size(); i += 2) {
            cache.add(versions.get(i));
        }
        cache.add(versions.get(3)); // again: held once, and current
        assertEquals(versions.size(), cache.all().size());
        for (NativeModule version : versions) {
            assertSame(version, cache.at(version.start()));
            assertSame(version, cache.at(version.end() - 1));
            assertSame(version, cache.of(version.loaded()));
            if (cache.at(version.end()) != null) {
                assertEquals(version.end(), cache.at(version.end()).start(), "only an adjacent region starts there");
            }
        }
        assertNull(cache.at(0));
        assertNull(cache.at(-1));

        NativeModule gone = versions.get(17);
        assertSame(gone, cache.remove(gone.loaded()));
        assertNull(cache.remove(gone.loaded()));
        assertNull(cache.of(gone.loaded()));
        assertNull(cache.at(gone.start()));
        assertSame(versions.get(16), cache.at(versions.get(16).start()));
        assertSame(versions.get(18), cache.at(versions.get(18).end() - 1));
        assertSame(versions.get(3), cache.current(gone.loaded().moduleAtom()),
                "the last version added is current, and removing another leaves it so");
        assertSame(versions.get(3), cache.remove(versions.get(3).loaded()));
        assertNull(cache.current(gone.loaded().moduleAtom()), "removing the current version leaves none current");
        versions.get(3).release();
        gone.release();
        cache.releaseAll();
        assertTrue(versions.stream().allMatch(v -> v.code().region().isClosed()));
    }

    @Test
    void aMemoAnswersAsTheCacheDoesAndForgetsRemovedVersions() throws Exception {
        CodeCache cache = new CodeCache();
        NativeModule first = version();
        NativeModule second = version();
        cache.add(first);
        cache.add(second);
        CodeCache.Lookup memo = new CodeCache.Lookup();
        assertSame(first, cache.at(first.start(), memo));
        assertSame(first, cache.at(first.end() - 1, memo), "from the memo");
        assertSame(second, cache.at(second.start(), memo), "another module: looked up");
        assertNull(cache.at(0, memo));
        assertSame(second, cache.at(second.start() + 1, memo), "a miss leaves the memo as it was");
        assertSame(second, cache.remove(second.loaded()));
        assertNull(cache.at(second.start(), memo), "a removed version is not answered from the memo");
        assertSame(first, cache.at(first.start(), memo));
        second.release();
        cache.releaseAll();
    }

    @Test
    void readersOnOtherThreadsFindStableVersionsWhileOthersComeAndGo() throws Exception {
        CodeCache cache = new CodeCache();
        List<NativeModule> stable = List.of(version(), version(), version(), version());
        stable.forEach(cache::add);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger lookups = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(Thread.ofPlatform().start(() -> {
                while (!done.get()) {
                    for (NativeModule version : stable) {
                        if (cache.at(version.start() + 7) != version || cache.of(version.loaded()) != version) {
                            wrong.compareAndSet(null, "a stable version went missing");
                        }
                        lookups.incrementAndGet();
                    }
                }
            }));
        }
        for (int round = 0; round < 50; round++) {
            NativeModule passing = version();
            cache.add(passing);
            cache.remove(passing.loaded());
            passing.release();
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertNull(wrong.get());
        assertTrue(lookups.get() > 0);
        cache.releaseAll();
    }

    /** A fresh version of {@code dec} whose functions all enter at the start of a region of its own. */
    private static NativeModule version() throws Exception {
        LoadedModule loaded = new BeamLoader(ATOMS, EXPORTS, FUNS).load("dec.beam", beam);
        ModuleDecoder decoder = new ModuleDecoder(BifTable.standard(ATOMS, EXPORTS, FUNS), ATOMS, 3,
                new AtomicInteger()::getAndIncrement);
        CodeRegion region = CodeMemory.allocate(CodeMemory.pageSize());
        Map<Integer, Long> labels = new HashMap<>();
        for (ModuleFunction function : loaded.functions()) {
            labels.put(function.label(), region.executableAddress());
        }
        return new NativeModule(decoder.decode(loaded), new NativeCode(region, labels, new long[0], new int[0]));
    }
}

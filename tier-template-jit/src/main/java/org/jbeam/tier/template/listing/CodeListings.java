package org.jbeam.tier.template.listing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.tier.template.backend.TemplateBackend;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.vm.atom.AtomTable;

/**
 * What the template JIT writes about its code besides running it, as the configuration asks:
 * the perf map ({@code jbeam.template-jit.perf-map}) and asm dumps
 * ({@code jbeam.template-jit.dump}), both updated as each module compiles. A listing that
 * cannot be written is reported once on stderr and the VM goes on: it is a debugging aid.
 */
public final class CodeListings implements AutoCloseable {
    private final TemplateBackend backend;
    private final AtomTable atoms;
    private final PerfMap perfMap;
    private final Path dumpDirectory;
    private final Optional<Objdump> objdump;
    private volatile boolean failureReported;

    /**
     * Listings of the code {@code backend} generates: a perf map written to {@code perfMapFile}
     * unless it is null, asm dumps into {@code dumpDirectory} unless it is null.
     */
    public CodeListings(TemplateBackend backend, AtomTable atoms, Path perfMapFile, Path dumpDirectory) {
        this.backend = backend;
        this.atoms = atoms;
        this.dumpDirectory = dumpDirectory;
        this.objdump = dumpDirectory == null ? Optional.empty() : Objdump.onPath();
        PerfMap map = null;
        if (perfMapFile != null) {
            try {
                map = new PerfMap(perfMapFile);
                map.append(backend.sharedCode());
            } catch (IOException e) {
                report("cannot write the perf map " + perfMapFile, e);
            }
        }
        this.perfMap = map;
    }

    /** Lists {@code compiled}, the code of {@code module}. */
    public void compiled(DecodedModule module, CompiledModule compiled) {
        if (perfMap != null) {
            try {
                perfMap.append(PerfMap.symbols(module.loaded(), compiled));
            } catch (IOException e) {
                report("cannot write the perf map " + perfMap.file(), e);
            }
        }
        if (dumpDirectory != null) {
            try {
                AsmDump.write(dumpDirectory, module, compiled, atoms, backend.arch(), objdump);
            } catch (IOException | UncheckedIOException e) {
                report("cannot dump the code of " + module.loaded().name() + " to " + dumpDirectory, e);
            }
        }
    }

    private void report(String what, Exception e) {
        if (!failureReported) {
            failureReported = true;
            System.err.println("jbeam: template-jit: " + what + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (perfMap != null) {
            try {
                perfMap.close();
            } catch (IOException e) {
                report("cannot close the perf map " + perfMap.file(), e);
            }
        }
    }
}

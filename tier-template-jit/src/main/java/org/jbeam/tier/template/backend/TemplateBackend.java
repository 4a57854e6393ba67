package org.jbeam.tier.template.backend;

import java.util.List;

import org.jbeam.tier.template.ops.DecodedModule;

/**
 * What an arch module implements for the template JIT (found by {@link java.util.ServiceLoader}
 * and picked by {@code os.arch}): its entry stub and, per module, the templates of every
 * instruction family. The tier never names a CPU.
 */
public interface TemplateBackend {

    /** The arch's name as the configuration spells it ({@code x86_64}, {@code aarch64}). */
    String arch();

    /** Whether the backend's code runs on a JVM whose {@code os.arch} is {@code osArch}. */
    boolean runsOn(String osArch);

    /** The entry stub, generated once per backend. */
    EntryDoor door();

    /** The backend's code shared by every module (the entry stub, ...), named for profilers; generated on demand. */
    default List<CodeSymbol> sharedCode() {
        return List.of();
    }

    /**
     * Fresh templates for one module's code.
     *
     * @param tierId the tier id burnt into the continuation pointers and export-entry tests the code makes
     */
    ModuleTemplates newModule(int tierId, DecodedModule module);
}

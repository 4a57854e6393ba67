package org.jbeam.arch.x86_64.template;

import org.jbeam.arch.x86_64.EntryStub;
import org.jbeam.tier.template.backend.EntryDoor;
import org.jbeam.tier.template.backend.ModuleTemplates;
import org.jbeam.tier.template.backend.TemplateBackend;
import org.jbeam.tier.template.ops.DecodedModule;

/**
 * The template JIT's x86-64 backend (found by {@link java.util.ServiceLoader}): the entry stub,
 * generated on first use, and this package's family templates for each module.
 */
public final class X86TemplateBackend implements TemplateBackend {
    private EntryStub stub;

    @Override
    public String arch() {
        return "x86_64";
    }

    @Override
    public boolean runsOn(String osArch) {
        return "amd64".equals(osArch) || "x86_64".equals(osArch);
    }

    @Override
    public synchronized EntryDoor door() {
        if (stub == null) {
            stub = EntryStub.generate();
        }
        EntryStub door = stub;
        return door::enter;
    }

    @Override
    public ModuleTemplates newModule(int tierId, DecodedModule module) {
        return new X86ModuleTemplates(tierId);
    }
}

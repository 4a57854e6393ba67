package org.jbeam.arch.x86_64.template;

import java.util.List;

import org.jbeam.arch.x86_64.EntryStub;
import org.jbeam.tier.template.backend.CodeSymbol;
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
        EntryStub door = stub();
        return door::enter;
    }

    /** The entry and exit sequences of the stub, as perf maps name them. */
    @Override
    public synchronized List<CodeSymbol> sharedCode() {
        EntryStub door = stub();
        return List.of(
                new CodeSymbol("jbeam:entry_stub", door.entryAddress(), door.exitAddress() - door.entryAddress()),
                new CodeSymbol("jbeam:exit_stub", door.exitAddress(), door.endAddress() - door.exitAddress()));
    }

    private EntryStub stub() {
        if (stub == null) {
            stub = EntryStub.generate();
        }
        return stub;
    }

    @Override
    public ModuleTemplates newModule(int tierId, DecodedModule module) {
        return new X86ModuleTemplates(tierId);
    }
}

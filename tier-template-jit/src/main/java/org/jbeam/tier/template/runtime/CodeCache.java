package org.jbeam.tier.template.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jbeam.vm.loader.LoadedModule;

/**
 * The template JIT's compiled modules: the current version of each module by its atom, and every
 * version still held (old code keeps running in processes that return into it). Looked up by
 * native address for stack traces and yields.
 * Every scheduler thread reads it while code loads (under the code server's lock) add to it:
 * versions are few and change rarely, so lookups walk a copy-on-write list.
 */
public final class CodeCache {
    private final Map<Long, NativeModule> current = new ConcurrentHashMap<>();
    private final List<NativeModule> versions = new CopyOnWriteArrayList<>();

    /** Adds a freshly compiled version and makes it current for its module. */
    public void add(NativeModule module) {
        versions.add(module);
        current.put(module.loaded().moduleAtom(), module);
    }

    /** The current native version of the module {@code moduleAtom}, or null. */
    public NativeModule current(long moduleAtom) {
        return current.get(moduleAtom);
    }

    /** The compiled version of {@code loaded} (that module version, not just its name), or null. */
    public NativeModule of(LoadedModule loaded) {
        for (NativeModule module : versions) {
            if (module.loaded() == loaded) {
                return module;
            }
        }
        return null;
    }

    /** The version whose code holds {@code address}, or null. */
    public NativeModule at(long address) {
        for (NativeModule module : versions) {
            if (module.contains(address)) {
                return module;
            }
        }
        return null;
    }

    /** Releases every version's code. */
    public void releaseAll() {
        versions.forEach(NativeModule::release);
        versions.clear();
        current.clear();
    }
}

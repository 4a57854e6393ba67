package org.jbeam.tier.template.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.loader.LoadedModule;

/**
 * The template JIT's compiled modules: the current version of each module by its atom, and every
 * version still held (old code keeps running in processes that return into it). Looked up by
 * native address on every helper call and yield, and for stack traces.
 *
 * <p>Every scheduler thread reads it while code loads and purges (under the code server's lock)
 * change it, and hundreds of modules are loaded once OTP has booted: readers binary-search an
 * immutable {@link Versions} snapshot read through one volatile field, without locking; writers
 * build the next snapshot under this cache's lock and publish it (copy on write, as versions
 * change rarely).
 */
public final class CodeCache {
    /** The versions at one moment: sorted by region start, regions never overlap. */
    private record Versions(long[] starts, long[] ends, NativeModule[] modules,
            Map<LoadedModule, NativeModule> byLoaded, Map<Long, NativeModule> current) {
        static final Versions EMPTY = of(List.of(), Map.of());

        /** A snapshot of {@code modules}, in any order, with {@code current} copied. */
        static Versions of(List<NativeModule> modules, Map<Long, NativeModule> current) {
            NativeModule[] sorted = modules.toArray(NativeModule[]::new);
            Arrays.sort(sorted, Comparator.comparingLong(NativeModule::start));
            long[] starts = new long[sorted.length];
            long[] ends = new long[sorted.length];
            Map<LoadedModule, NativeModule> byLoaded = new IdentityHashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].start();
                ends[i] = sorted[i].end();
                byLoaded.put(sorted[i].loaded(), sorted[i]);
            }
            return new Versions(starts, ends, sorted, byLoaded, Map.copyOf(current));
        }

        /** The version whose region holds {@code address}: the last start at or below it, if its region reaches it. */
        NativeModule at(long address) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (Long.compareUnsigned(starts[middle], address) <= 0) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found >= 0 && Long.compareUnsigned(address, ends[found]) < 0 ? modules[found] : null;
        }

        List<NativeModule> list() {
            return new ArrayList<>(Arrays.asList(modules));
        }
    }

    private volatile Versions versions = Versions.EMPTY;

    /** Adds a freshly compiled version (once: adding it again only makes it current) and makes it current. */
    public synchronized void add(NativeModule module) {
        Versions now = versions;
        List<NativeModule> modules = now.list();
        if (now.byLoaded().get(module.loaded()) != module) {
            modules.add(module);
        }
        Map<Long, NativeModule> current = new HashMap<>(now.current());
        current.put(module.loaded().moduleAtom(), module);
        versions = Versions.of(modules, current);
    }

    /**
     * Forgets the compiled version of {@code loaded} (a purged module version), which stops
     * being current if it was; its code is the caller's to release.
     *
     * @return the version forgotten, or null when none was held
     */
    public synchronized NativeModule remove(LoadedModule loaded) {
        Versions now = versions;
        NativeModule gone = now.byLoaded().get(loaded);
        if (gone == null) {
            return null;
        }
        List<NativeModule> modules = now.list();
        modules.remove(gone);
        Map<Long, NativeModule> current = new HashMap<>(now.current());
        current.remove(loaded.moduleAtom(), gone);
        versions = Versions.of(modules, current);
        return gone;
    }

    /** The current native version of the module {@code moduleAtom}, or null. */
    public NativeModule current(long moduleAtom) {
        return versions.current().get(moduleAtom);
    }

    /** The compiled version of {@code loaded} (that module version, not just its name), or null. */
    public NativeModule of(LoadedModule loaded) {
        return versions.byLoaded().get(loaded);
    }

    /** The version whose code holds {@code address}, or null. */
    public NativeModule at(long address) {
        return versions.at(address);
    }

    /**
     * As {@link #at(long)}, answered from {@code memo} when the address lies in the module found
     * last and no version was added or removed since (a process calls helpers from one module
     * in a row far more often than not).
     */
    public NativeModule at(long address, Lookup memo) {
        Versions now = versions;
        if (memo.versions == now && Long.compareUnsigned(address - memo.start, memo.end - memo.start) < 0) {
            return memo.module;
        }
        NativeModule found = now.at(address);
        if (found != null) {
            memo.versions = now;
            memo.start = found.start();
            memo.end = found.end();
            memo.module = found;
        }
        return found;
    }

    /** The last lookup of one thread, valid for the snapshot it was made in. */
    public static final class Lookup {
        private Versions versions;
        private long start;
        private long end;
        private NativeModule module;
    }

    /** Every version held, in address order. */
    public List<NativeModule> all() {
        return List.of(versions.modules());
    }

    /** Releases every version's code. */
    public synchronized void releaseAll() {
        Versions now = versions;
        versions = Versions.EMPTY;
        for (NativeModule module : now.modules()) {
            module.release();
        }
    }
}

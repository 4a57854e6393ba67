package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.MapSite;
import org.jbeam.tier.template.ops.Register;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The MAP helper: map instructions over vm-api's {@link Maps}, with the interpreter's semantics
 * (updates rebuild a flatmap once with all new pairs, later pairs winning; lookups match keys with
 * {@code =:=}), then, for an update whose result overflowed the heap, the collection OTP's
 * {@code erts_gc_after_bif_call} makes with the live registers and the result as roots.
 */
final class MapHelpers {
    private MapHelpers() {}

    /** Carries out {@code site}; false when it failed and the site has a fail label. */
    static boolean run(ErlangProcess p, MapSite site) {
        long map = ProcessRegisters.read(p, site.map());
        return switch (site.kind()) {
            case PUT_ASSOC -> {
                if (!Maps.isMap(map)) {
                    yield failOr(p, site, Atoms.BADMAP, map);
                }
                putResult(p, site, update(p, map, site.keys(), site.values()));
                yield true;
            }
            case PUT_EXACT -> {
                if (!Maps.isMap(map)) {
                    yield failOr(p, site, Atoms.BADMAP, map);
                }
                for (Source key : site.keys()) {
                    long k = ProcessRegisters.read(p, key);
                    if (Maps.get(map, k) == TermTags.NON_VALUE) {
                        yield failOr(p, site, Atoms.BADKEY, k);
                    }
                }
                putResult(p, site, update(p, map, site.keys(), site.values()));
                yield true;
            }
            case GET_ELEMENTS -> getElements(p, map, site);
            case HAS_FIELDS -> {
                for (Source key : site.keys()) {
                    if (Maps.get(map, ProcessRegisters.read(p, key)) == TermTags.NON_VALUE) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean getElements(ErlangProcess p, long map, MapSite site) {
        Source[] keys = site.keys();
        long[] found = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            found[k] = Maps.get(map, ProcessRegisters.read(p, keys[k]));
            if (found[k] == TermTags.NON_VALUE) {
                return false;
            }
        }
        // Written only after every key matched: a target may be the register holding the map.
        for (int k = 0; k < keys.length; k++) {
            ProcessRegisters.write(p, site.targets()[k], found[k]);
        }
        return true;
    }

    /** The map with the pairs put in order ({@link Maps#update}). */
    private static long update(ErlangProcess p, long map, Source[] keys, Source[] values) {
        long[] newKeys = new long[keys.length];
        long[] newValues = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            newKeys[k] = ProcessRegisters.read(p, keys[k]);
            newValues[k] = ProcessRegisters.read(p, values[k]);
        }
        return Maps.update(p.order(), p.heap(), map, newKeys, newValues);
    }

    /** Writes the update's result and collects when it overflowed the heap, the result a root too. */
    private static void putResult(ErlangProcess p, MapSite site, long result) {
        Register target = site.target();
        ProcessRegisters.write(p, target, result);
        if (!p.heap().needsCollection(0)) {
            return;
        }
        int live = site.live();
        if (target instanceof XReg x && x.index() >= live) {
            p.setX(live, result);
            p.garbageCollect(live + 1, 0, false);
            p.setX(x.index(), p.x(live));
        } else {
            p.garbageCollect(live, 0, false);
        }
    }

    /** In a guard a failed update jumps to the fail label; in a body it raises {@code {Tag, Term}}. */
    private static boolean failOr(ErlangProcess p, MapSite site, long tag, long term) {
        if (site.fail() != 0) {
            return false;
        }
        throw ErlangException.error(Tuples.make(p.heap(), tag, term), "map update");
    }
}

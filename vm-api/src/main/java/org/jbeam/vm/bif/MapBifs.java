package org.jbeam.vm.bif;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The basic map BIFs of {@code erlang} and {@code maps} ({@code erl_map.c}): a non-map is
 * {@code {badmap,M}}, a missing key in {@code get} is {@code {badkey,K}}.
 */
final class MapBifs {
    private MapBifs() {}

    static void register(BifTable t) {
        t.register("erlang", "map_size", 1, (p, a) -> {
            requireMap(p.heap(), a[0]);
            return TermTags.makeSmall(Maps.size(a[0]));
        });
        t.register("erlang", "map_get", 2, (p, a) -> get(p.heap(), a[0], a[1]));
        t.register("maps", "get", 2, (p, a) -> get(p.heap(), a[0], a[1]));
        t.register("erlang", "is_map_key", 2, (p, a) -> isKey(p.heap(), a[0], a[1]));
        t.register("maps", "is_key", 2, (p, a) -> isKey(p.heap(), a[0], a[1]));
        t.register("maps", "put", 3, (p, a) -> {
            requireMap(p.heap(), a[2]);
            return Maps.put(p.order(), p.heap(), a[2], a[0], a[1]);
        });
        t.register("maps", "find", 2, (p, a) -> {
            requireMap(p.heap(), a[1]);
            long value = Maps.get(a[1], a[0]);
            return value == TermTags.NON_VALUE ? Atoms.ERROR : Tuples.make(p.heap(), Atoms.OK, value);
        });
    }

    private static long get(HeapAllocator heap, long key, long map) {
        requireMap(heap, map);
        long value = Maps.get(map, key);
        if (value == TermTags.NON_VALUE) {
            throw ErlangException.error(Tuples.make(heap, Atoms.BADKEY, key), "badkey");
        }
        return value;
    }

    private static long isKey(HeapAllocator heap, long key, long map) {
        requireMap(heap, map);
        return Atoms.bool(Maps.get(map, key) != TermTags.NON_VALUE);
    }

    private static void requireMap(HeapAllocator heap, long map) {
        if (!Maps.isMap(map)) {
            throw ErlangException.error(Tuples.make(heap, Atoms.BADMAP, map), "badmap");
        }
    }
}

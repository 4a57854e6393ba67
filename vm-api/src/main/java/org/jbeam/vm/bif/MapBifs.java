package org.jbeam.vm.bif;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
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
        t.register("maps", "merge", 2, (p, a) -> merge(p, a[0], a[1]));
        t.register("maps", "to_list", 1, (p, a) -> toList(p.heap(), a[0]));
        t.register("maps", "keys", 1, (p, a) -> column(p.heap(), a[0], 0));
        t.register("maps", "values", 1, (p, a) -> column(p.heap(), a[0], 1));
        t.register("maps", "from_list", 1, (p, a) -> fromList(p, a[0]));
        t.register("maps", "from_keys", 2, (p, a) -> fromKeys(p, a[0], a[1]));
        t.register("maps", "remove", 2, (p, a) -> remove(p, a[0], a[1]));
        t.register("maps", "update", 3, (p, a) -> {
            get(p.heap(), a[0], a[2]);
            return Maps.put(p.order(), p.heap(), a[2], a[0], a[1]);
        });
        t.register("maps", "take", 2, (p, a) -> {
            requireMap(p.heap(), a[1]);
            long value = Maps.get(a[1], a[0]);
            return value == TermTags.NON_VALUE ? Atoms.ERROR
                    : Tuples.make(p.heap(), value, remove(p, a[0], a[1]));
        });
    }

    /** {@code maps:merge/2}: the pairs of both maps, the second map's value winning on a shared key. */
    private static long merge(ErlangProcess p, long first, long second) {
        requireMap(p.heap(), first);
        requireMap(p.heap(), second);
        long[][] a = Maps.entries(first);
        long[][] b = Maps.entries(second);
        long[] keys = new long[a[0].length + b[0].length];
        long[] values = new long[keys.length];
        System.arraycopy(a[0], 0, keys, 0, a[0].length);
        System.arraycopy(b[0], 0, keys, a[0].length, b[0].length);
        System.arraycopy(a[1], 0, values, 0, a[1].length);
        System.arraycopy(b[1], 0, values, a[1].length, b[1].length);
        return Maps.fromPairs(p.order(), p.heap(), keys, values);
    }

    /** {@code maps:to_list/1}: {@code [{K, V}]} in {@code maps:to_list} order. */
    private static long toList(HeapAllocator heap, long map) {
        requireMap(heap, map);
        long[][] entries = Maps.entries(map);
        long list = TermTags.NIL;
        for (int i = entries[0].length - 1; i >= 0; i--) {
            list = Lists.cons(heap, Tuples.make(heap, entries[0][i], entries[1][i]), list);
        }
        return list;
    }

    /** {@code maps:keys/1} (column 0) or {@code maps:values/1} (column 1). */
    private static long column(HeapAllocator heap, long map, int which) {
        requireMap(heap, map);
        long[] words = Maps.entries(map)[which];
        long list = TermTags.NIL;
        for (int i = words.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, words[i], list);
        }
        return list;
    }

    /** {@code maps:from_list/1}: a proper list of 2-tuples, later keys winning; else {@code badarg}. */
    /** {@code maps:from_keys(Keys, Value)}: each key of a proper list mapped to the one value. */
    private static long fromKeys(ErlangProcess p, long list, long value) {
        long length = Lists.properLength(list);
        if (length < 0) {
            throw ErlangException.badarg("maps:from_keys: not a proper list");
        }
        long[] keys = new long[(int) length];
        long[] values = new long[keys.length];
        long rest = list;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Lists.head(rest);
            values[i] = value;
            rest = Lists.tail(rest);
        }
        return Maps.fromPairs(p.order(), p.heap(), keys, values);
    }

    private static long fromList(ErlangProcess p, long list) {
        long length = Lists.properLength(list);
        if (length < 0) {
            throw ErlangException.badarg("maps:from_list: not a proper list");
        }
        long[] keys = new long[(int) length];
        long[] values = new long[keys.length];
        long rest = list;
        for (int i = 0; i < keys.length; i++) {
            long pair = Lists.head(rest);
            if (!Tuples.isTuple(pair) || Tuples.arity(pair) != 2) {
                throw ErlangException.badarg("maps:from_list: not a list of pairs");
            }
            keys[i] = Tuples.element(pair, 1);
            values[i] = Tuples.element(pair, 2);
            rest = Lists.tail(rest);
        }
        return Maps.fromPairs(p.order(), p.heap(), keys, values);
    }

    /** {@code maps:remove/2}: the map without {@code key} (the same map when it has none). */
    private static long remove(ErlangProcess p, long key, long map) {
        requireMap(p.heap(), map);
        return Maps.remove(p.order(), p.heap(), map, key);
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

package org.jbeam.vm.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.InternalHash;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A gap-filling process dictionary ({@code get/0,1}, {@code put/2}, {@code erase/0,1},
 * {@code get_keys/0,1}, OTP's {@code erl_process_dict.c}), registered only where no other
 * family has registered those BIFs. Keys compare with {@code =:=}. Each {@code put} copies key
 * and value into a fragment of this dictionary (outside the process heap, so the collector
 * leaves them alone); a replaced or erased entry's fragment is kept until the process exits,
 * because the process may still hold the old value. So memory grows with the number of puts
 * in a process's life: a dictionary on the process heap, with the collector treating it as a
 * root, is the real design and replaces this one.
 */
public final class ProcessDictionary implements AutoCloseable {
    private final Map<Integer, List<long[]>> buckets = new LinkedHashMap<>();
    private final List<HeapFragments> fragments = new ArrayList<>();

    public static void register(BifTable t) {
        t.registerIfAbsent("erlang", "get", 1, (p, a) -> {
            long[] entry = of(p).find(p, a[0]);
            return entry == null ? Atoms.UNDEFINED : entry[1];
        });
        t.registerIfAbsent("erlang", "put", 2, (p, a) -> of(p).put(p, a[0], a[1]));
        t.registerIfAbsent("erlang", "erase", 1, (p, a) -> of(p).erase(p, a[0]));
        t.registerIfAbsent("erlang", "get", 0, (p, a) -> of(p).pairs(p, TermTags.NON_VALUE, false));
        t.registerIfAbsent("erlang", "erase", 0, (p, a) -> {
            ProcessDictionary d = of(p);
            long all = d.pairs(p, TermTags.NON_VALUE, false);
            d.buckets.clear();
            return all;
        });
        t.registerIfAbsent("erlang", "get_keys", 0, (p, a) -> of(p).pairs(p, TermTags.NON_VALUE, true));
        t.registerIfAbsent("erlang", "get_keys", 1, (p, a) -> of(p).pairs(p, a[0], true));
    }

    private static ProcessDictionary of(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().dictionary;
    }

    private long[] find(ErlangProcess p, long key) {
        List<long[]> bucket = buckets.get(InternalHash.hash(key));
        if (bucket != null) {
            for (long[] entry : bucket) {
                if (p.order().exactEquals(entry[0], key)) {
                    return entry;
                }
            }
        }
        return null;
    }

    private long put(ErlangProcess p, long key, long value) {
        HeapFragments fragment = new HeapFragments(64);
        fragments.add(fragment);
        long[] entry = find(p, key);
        if (entry != null) {
            long old = entry[1];
            entry[1] = TermCopier.copy(value, fragment);
            return old;
        }
        buckets.computeIfAbsent(InternalHash.hash(key), h -> new ArrayList<>())
                .add(new long[] {TermCopier.copy(key, fragment), TermCopier.copy(value, fragment)});
        return Atoms.UNDEFINED;
    }

    private long erase(ErlangProcess p, long key) {
        long[] entry = find(p, key);
        if (entry == null) {
            return Atoms.UNDEFINED;
        }
        buckets.get(InternalHash.hash(key)).remove(entry);
        return entry[1];
    }

    /** {@code [{K, V}]}, or the keys (those whose value is {@code value} when given). */
    private long pairs(ErlangProcess p, long value, boolean keysOnly) {
        long list = TermTags.NIL;
        for (List<long[]> bucket : buckets.values()) {
            for (long[] entry : bucket) {
                if (value != TermTags.NON_VALUE && !p.order().exactEquals(entry[1], value)) {
                    continue;
                }
                long element = keysOnly ? entry[0] : Tuples.make(p.heap(), entry[0], entry[1]);
                list = Lists.cons(p.heap(), element, list);
            }
        }
        return list;
    }

    /** Frees every fragment (when the process has exited). */
    @Override
    public void close() {
        fragments.forEach(HeapFragments::close);
        fragments.clear();
        buckets.clear();
    }
}

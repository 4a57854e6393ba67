package org.jbeam.vm.bif;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.etf.EncodeOptions;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code persistent_term} (OTP's {@code erl_bif_persistent.c}): a VM-wide table of terms that
 * {@code get} returns without copying. Keys compare with {@code =:=} (jbeam keys the table by a
 * key's deterministic external format). Each value is copied once into a fragment of its own
 * that lives until the VM closes: a process may still hold a value after it is replaced or
 * erased, and OTP frees such values only once no process can see them, which jbeam does not
 * track yet, so it keeps them.
 */
public final class PersistentTermBifs implements AutoCloseable {
    private static final EncodeOptions KEY_ENCODING = new EncodeOptions(1, 0, true);

    private final AtomTable atoms;
    private final Map<ByteBuffer, long[]> table = new ConcurrentHashMap<>();
    private final List<HeapFragments> areas = new ArrayList<>();

    private PersistentTermBifs(AtomTable atoms) {
        this.atoms = atoms;
    }

    public static void register(BifTable t, AtomTable atoms) {
        PersistentTermBifs store = new PersistentTermBifs(atoms);
        t.register("persistent_term", "put", 2, (p, a) -> store.put(a[0], a[1]));
        t.register("persistent_term", "get", 1, (p, a) -> {
            long value = store.lookup(a[0]);
            if (value == TermTags.NON_VALUE) {
                throw ErlangException.badarg("persistent_term:get/1: no such key");
            }
            return value;
        });
        t.register("persistent_term", "get", 2, (p, a) -> {
            long value = store.lookup(a[0]);
            return value == TermTags.NON_VALUE ? a[1] : value;
        });
        t.register("persistent_term", "erase", 1, (p, a) -> Atoms.bool(store.table.remove(store.key(a[0])) != null));
        t.register("persistent_term", "get", 0, (p, a) -> {
            long list = TermTags.NIL;
            for (long[] entry : store.table.values()) {
                list = Lists.cons(p.heap(), Tuples.make(p.heap(), entry[0], entry[1]), list);
            }
            return list;
        });
        t.register("persistent_term", "info", 0, (p, a) -> {
            return org.jbeam.vm.term.Maps.fromPairs(p.order(), p.heap(),
                    new long[] {atoms.atom("count"), atoms.atom("memory")},
                    new long[] {TermTags.makeSmall(store.table.size()), TermTags.makeSmall(0)});
        });
        t.register("erts_internal", "erase_persistent_terms", 0, (p, a) -> {
            store.table.clear();
            return Atoms.OK;
        });
    }

    private long put(long key, long value) {
        HeapFragments area = new HeapFragments(64);
        long[] entry = {TermCopier.copy(key, area), TermCopier.copy(value, area)};
        synchronized (areas) {
            areas.add(area);
        }
        table.put(key(key), entry);
        return Atoms.OK;
    }

    private long lookup(long key) {
        long[] entry = table.get(key(key));
        return entry == null ? TermTags.NON_VALUE : entry[1];
    }

    private ByteBuffer key(long key) {
        return ByteBuffer.wrap(ExternalTermFormat.encode(atoms, key, KEY_ENCODING));
    }

    /** Frees every value ever stored (when the VM ends). */
    @Override
    public void close() {
        synchronized (areas) {
            areas.forEach(HeapFragments::close);
            areas.clear();
        }
        table.clear();
    }
}

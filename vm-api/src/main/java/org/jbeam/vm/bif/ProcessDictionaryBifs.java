package org.jbeam.vm.bif;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.ProcessDictionary;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The process dictionary BIFs of {@code erl_process_dict.c}: {@code put/2}, {@code get/0,1},
 * {@code erase/0,1}, {@code get_keys/0,1}. A missing key reads as {@code undefined}.
 */
final class ProcessDictionaryBifs {
    private ProcessDictionaryBifs() {}

    static void register(BifTable t) {
        t.register("erlang", "put", 2, (p, a) -> orUndefined(p.dictionary().put(a[0], a[1])));
        t.register("erlang", "get", 1, (p, a) -> orUndefined(p.dictionary().get(a[0])));
        t.register("erlang", "get", 0, (p, a) -> pairs(p.heap(), p.dictionary()));
        t.register("erlang", "erase", 1, (p, a) -> orUndefined(p.dictionary().erase(a[0])));
        t.register("erlang", "erase", 0, (p, a) -> {
            long all = pairs(p.heap(), p.dictionary());
            p.dictionary().clear();
            return all;
        });
        t.register("erlang", "get_keys", 0, (p, a) -> keys(p.heap(), p.dictionary(), TermTags.NON_VALUE, p));
        t.register("erlang", "get_keys", 1, (p, a) -> keys(p.heap(), p.dictionary(), a[0], p));
    }

    private static long orUndefined(long term) {
        return term == TermTags.NON_VALUE ? Atoms.UNDEFINED : term;
    }

    private static long pairs(HeapAllocator heap, ProcessDictionary dictionary) {
        long list = TermTags.NIL;
        for (int i = dictionary.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, Tuples.make(heap, dictionary.key(i), dictionary.value(i)), list);
        }
        return list;
    }

    /** Every key, or with {@code value} given only those whose value is {@code =:=} to it. */
    private static long keys(HeapAllocator heap, ProcessDictionary dictionary, long value,
            ErlangProcess process) {
        long list = TermTags.NIL;
        for (int i = dictionary.size() - 1; i >= 0; i--) {
            if (value == TermTags.NON_VALUE || process.order().exactEquals(dictionary.value(i), value)) {
                list = Lists.cons(heap, dictionary.key(i), list);
            }
        }
        return list;
    }
}

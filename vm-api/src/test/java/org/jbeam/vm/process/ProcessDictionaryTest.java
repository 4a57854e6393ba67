package org.jbeam.vm.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.junit.jupiter.api.Test;

/** {@link ProcessDictionary}: {@code =:=} keys, erase renumbering, and the GC root walk. */
class ProcessDictionaryTest {
    private final AtomTable atoms = new AtomTable();
    private final ProcessDictionary dictionary = new ProcessDictionary(new TermOrder(atoms));

    @Test
    void structurallyEqualKeysFindTheSameEntry() {
        try (HeapFragments heap = new HeapFragments()) {
            long a = Tuples.make(heap, atoms.atom("k"), TermTags.makeSmall(1));
            long b = Tuples.make(heap, atoms.atom("k"), TermTags.makeSmall(1));
            assertEquals(TermTags.NON_VALUE, dictionary.put(a, TermTags.makeSmall(10)));
            assertEquals(TermTags.makeSmall(10), dictionary.put(b, TermTags.makeSmall(20)));
            assertEquals(1, dictionary.size());
            assertEquals(TermTags.makeSmall(20), dictionary.get(a));
        }
    }

    @Test
    void eraseKeepsTheOtherKeysReachable() {
        for (int i = 0; i < 1000; i++) {
            dictionary.put(TermTags.makeSmall(i), TermTags.makeSmall(i * 2L));
        }
        for (int i = 0; i < 1000; i += 3) {
            assertEquals(TermTags.makeSmall(i * 2L), dictionary.erase(TermTags.makeSmall(i)));
        }
        for (int i = 0; i < 1000; i++) {
            long expected = i % 3 == 0 ? TermTags.NON_VALUE : TermTags.makeSmall(i * 2L);
            assertEquals(expected, dictionary.get(TermTags.makeSmall(i)), "key " + i);
        }
        assertEquals(666, dictionary.size());
    }

    @Test
    void theRootWalkVisitsAndReplacesEveryKeyAndValue() {
        dictionary.put(TermTags.makeSmall(1), TermTags.makeSmall(2));
        dictionary.put(TermTags.makeSmall(3), TermTags.makeSmall(4));
        List<Long> seen = new ArrayList<>();
        dictionary.forEachDictionaryTerm(term -> {
            seen.add(TermTags.smallValue(term));
            return term == TermTags.makeSmall(2) ? TermTags.makeSmall(5) : term;
        });
        assertEquals(List.of(1L, 2L, 3L, 4L), seen);
        assertEquals(TermTags.makeSmall(5), dictionary.get(TermTags.makeSmall(1)));
    }
}

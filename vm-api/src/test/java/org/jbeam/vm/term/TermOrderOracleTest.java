package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Term order against the real erl: erl generates mixed lists of every type (seeded), sorts
 * them with a stable {@code =<} sort and prints {@code <}/{@code ==} and {@code =:=} for every
 * pair; jbeam rebuilds the same terms and must agree on all of it.
 */
class TermOrderOracleTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();
    private static final HeapFragments HEAP = new HeapFragments();
    private static final TermOrder ORDER = new TermOrder(ATOMS);
    private static final List<Case> CASES = new ArrayList<>();

    private record Case(String[] texts, long[] terms, int[] sorted, String[] relations, String[] exact) {}

    @BeforeAll
    static void askErl() {
        List<String> lines = ErlOracle.run("order");
        ErlTermText parser = new ErlTermText(ORDER, HEAP, EXPORTS, FUNS);
        int at = 0;
        while (at < lines.size()) {
            int n = Integer.parseInt(lines.get(at++).substring(2));
            String[] texts = new String[n];
            long[] terms = new long[n];
            for (int i = 0; i < n; i++) {
                texts[i] = lines.get(at++);
                terms[i] = parser.parse(texts[i]);
            }
            int[] sorted = Arrays.stream(lines.get(at++).substring(1).trim().split(" "))
                    .mapToInt(Integer::parseInt).toArray();
            String[] relations = new String[n];
            String[] exact = new String[n];
            for (int i = 0; i < n; i++) {
                relations[i] = lines.get(at++).substring(1);
            }
            for (int i = 0; i < n; i++) {
                exact[i] = lines.get(at++).substring(1);
            }
            CASES.add(new Case(texts, terms, sorted, relations, exact));
        }
        assertTrue(CASES.size() >= 8, "erl printed too few cases");
    }

    @AfterAll
    static void free() {
        HEAP.close();
        EXPORTS.close();
        FUNS.close();
    }

    @Test
    void stableSortGivesErlsPermutation() {
        for (Case c : CASES) {
            Integer[] indices = new Integer[c.terms.length];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = i;
            }
            Arrays.sort(indices, Comparator.comparing(i -> c.terms[i], ORDER::compare));
            int[] mine = Arrays.stream(indices).mapToInt(Integer::intValue).toArray();
            assertEquals(Arrays.toString(c.sorted), Arrays.toString(mine), () -> "sorting " + String.join(" ", c.texts));
        }
    }

    @Test
    void everyPairComparesAsInErl() {
        for (Case c : CASES) {
            for (int i = 0; i < c.terms.length; i++) {
                for (int j = 0; j < c.terms.length; j++) {
                    int cmp = ORDER.compare(c.terms[i], c.terms[j]);
                    char mine = cmp < 0 ? '<' : (cmp == 0 ? '=' : '>');
                    int ii = i;
                    int jj = j;
                    assertEquals(c.relations[i].charAt(j), mine, () -> c.texts[ii] + " vs " + c.texts[jj]);
                }
            }
        }
    }

    @Test
    void exactEqualityAndExactOrderAgreeWithErl() {
        for (Case c : CASES) {
            for (int i = 0; i < c.terms.length; i++) {
                for (int j = 0; j < c.terms.length; j++) {
                    boolean erl = c.exact[i].charAt(j) == 'e';
                    int ii = i;
                    int jj = j;
                    assertEquals(erl, ORDER.exactEquals(c.terms[i], c.terms[j]), () -> c.texts[ii] + " =:= " + c.texts[jj]);
                    assertEquals(erl, ORDER.compareExact(c.terms[i], c.terms[j]) == 0,
                            () -> "compareExact " + c.texts[ii] + " vs " + c.texts[jj]);
                }
            }
        }
    }

    @Test
    void deepNestingNeedsNoJavaStack() {
        try (HeapFragments heap = new HeapFragments()) {
            long left = TermTags.NIL;
            long right = TermTags.NIL;
            for (int i = 0; i < 1_000_000; i++) {
                left = Lists.cons(heap, left, TermTags.NIL);
                right = Lists.cons(heap, right, TermTags.NIL);
            }
            assertEquals(0, ORDER.compare(left, right));
            assertTrue(ORDER.exactEquals(left, right));
            long deeper = Lists.cons(heap, left, TermTags.NIL);
            assertEquals(-1, ORDER.compare(right, deeper));
        }
    }
}

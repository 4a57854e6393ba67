package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code erlang:phash2/1,2} and the internal map hash against the real erl, on over a thousand
 * seeded terms of every type (numbers at every size boundary, atoms incl. Unicode, bitstrings,
 * nested tuples, lists and maps, local and remote pids, ports and references, funs, exports).
 */
class PortableHashOracleTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();
    private static final HeapFragments HEAP = new HeapFragments();
    private static final TermOrder ORDER = new TermOrder(ATOMS);
    private static final PortableHash HASH = new PortableHash(ATOMS);
    private static final List<Case> CASES = new ArrayList<>();

    private record Case(String text, long term, long phash2, long phash2Range1000, long internal) {}

    @BeforeAll
    static void askErl() {
        List<String> lines = ErlOracle.run("phash");
        ErlTermText parser = new ErlTermText(ORDER, HEAP, EXPORTS, FUNS);
        for (int at = 0; at + 1 < lines.size(); at += 2) {
            String[] hashes = lines.get(at + 1).split(" ");
            CASES.add(new Case(lines.get(at), parser.parse(lines.get(at)), Long.parseLong(hashes[0]),
                    Long.parseLong(hashes[1]), Long.parseLong(hashes[2])));
        }
        assertTrue(CASES.size() >= 1000, "erl printed too few cases");
    }

    @AfterAll
    static void free() {
        HEAP.close();
        EXPORTS.close();
        FUNS.close();
    }

    @Test
    void phash2MatchesErl() {
        for (Case c : CASES) {
            assertEquals(c.phash2, HASH.phash2(c.term), () -> "phash2 " + c.text);
            assertEquals(c.phash2Range1000, HASH.phash2(c.term, 1000), () -> "phash2/1000 " + c.text);
        }
    }

    @Test
    void internalHashMatchesErlWhereItIsPortable() {
        int compared = 0;
        for (Case c : CASES) {
            if (internalHashIsPortable(c.term)) {
                compared++;
                assertEquals(c.internal, Integer.toUnsignedLong(InternalHash.hash(c.term)), () -> "internal hash " + c.text);
            }
        }
        assertTrue(compared > 300, "too few portable terms: " + compared);
    }

    /** Terms with no atom, pid, port, remote identifier or fun: their raw words are the same as erl's. */
    private static boolean internalHashIsPortable(long term) {
        return switch (TermKind.of(term)) {
            case NUMBER, NIL, BITSTRING -> true;
            case REFERENCE -> Identifiers.isLocalReference(term);
            case ATOM, PID, PORT, FUN -> false;
            case LIST -> internalHashIsPortable(Lists.head(term)) && internalHashIsPortable(Lists.tail(term));
            case TUPLE -> {
                for (int i = 1; i <= Tuples.arity(term); i++) {
                    if (!internalHashIsPortable(Tuples.element(term, i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case MAP -> {
                long[][] entries = Maps.entries(term);
                for (int i = 0; i < entries[0].length; i++) {
                    if (!internalHashIsPortable(entries[0][i]) || !internalHashIsPortable(entries[1][i])) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    @Test
    void rangeOutsideOneToTwoToThe32IsBadarg() {
        long term = TermTags.makeSmall(1);
        assertThrows(ErlangException.class, () -> HASH.phash2(term, 0));
        assertThrows(ErlangException.class, () -> HASH.phash2(term, (1L << 32) + 1));
        assertEquals(HASH.phash2(term, 1L << 32) & ((1L << 27) - 1), HASH.phash2(term));
    }
}

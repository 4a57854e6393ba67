package org.jbeam.vm.ets;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.matchspec.MatchSpec;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The traversals of a table under a match specification ({@code erl_db_hash.c} and
 * {@code erl_db_tree.c}'s {@code db_select}, {@code db_select_count}, {@code db_select_delete},
 * {@code db_select_replace} and their chunked forms). The caller holds the table's lock.
 * Results are copied into the caller's heap as soon as they are made, so that none refers to
 * table memory.
 */
final class EtsSelect {
    private EtsSelect() {}

    /** What one chunk of a select found: the results in order, and the cursor to continue after. */
    record Chunk(List<Long> results, long cursor) {}

    /**
     * Runs {@code spec} over the table from {@code cursor} until {@code limit} results
     * ({@code 0}: no limit); {@code reverse} walks an {@code ordered_set} backwards.
     */
    static Chunk select(EtsTable table, ErlangProcess p, MatchSpec spec, long cursor, int limit, boolean reverse) {
        List<Long> results = new ArrayList<>();
        long next = table.scan(cursor, reverse, stored -> {
            long result = spec.run(p, stored.term());
            if (result != TermTags.NON_VALUE) {
                results.add(TermCopier.copy(result, p.heap()));
            }
            return limit == 0 || results.size() < limit;
        });
        return new Chunk(results, next == TermTags.NON_VALUE ? next : TermCopier.copy(next, p.heap()));
    }

    /** {@code select_count/2}: the objects for which {@code spec} gives {@code true}. */
    static long count(EtsTable table, ErlangProcess p, MatchSpec spec) {
        long[] count = {0};
        table.scan(TermTags.NON_VALUE, false, stored -> {
            if (spec.run(p, stored.term()) == Atoms.TRUE) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    /** {@code select_delete/2}: deletes the objects for which {@code spec} gives {@code true}; their count. */
    static long delete(EtsTable table, ErlangProcess p, MatchSpec spec) {
        List<StoredObject> doomed = new ArrayList<>();
        table.scan(TermTags.NON_VALUE, false, stored -> {
            if (spec.run(p, stored.term()) == Atoms.TRUE) {
                doomed.add(stored);
            }
            return true;
        });
        for (StoredObject stored : doomed) {
            table.remove(stored);
            stored.free();
        }
        return doomed.size();
    }

    /**
     * {@code select_replace/2}: each matched object replaced by the result. Only a
     * specification that surely keeps every object's key is accepted, and not on a {@code bag}
     * ({@code badarg}, as in OTP 25); a result that is no object of the table (a failed body's
     * {@code 'EXIT'}) leaves the object as it is.
     */
    static long replace(EtsTable table, ErlangProcess p, MatchSpec spec) {
        if (table.type() == TableType.BAG || !spec.keepsKey(table.keypos())) {
            throw ErlangException.badarg("ets:select_replace/2: the match specification may change keys");
        }
        List<StoredObject> replaced = new ArrayList<>();
        List<Long> replacements = new ArrayList<>();
        table.scan(TermTags.NON_VALUE, false, stored -> {
            long result = spec.run(p, stored.term());
            if (result != TermTags.NON_VALUE && Tuples.isTuple(result) && Tuples.arity(result) >= table.keypos()) {
                replaced.add(stored);
                replacements.add(TermCopier.copy(result, p.heap()));
            }
            return true;
        });
        for (int i = 0; i < replaced.size(); i++) {
            table.replace(replaced.get(i), replacements.get(i));
        }
        return replaced.size();
    }

    /** The results as a list on the caller's heap. */
    static long list(ErlangProcess p, List<Long> results) {
        long list = TermTags.NIL;
        for (int i = results.size() - 1; i >= 0; i--) {
            list = Lists.cons(p.heap(), results.get(i), list);
        }
        return list;
    }
}

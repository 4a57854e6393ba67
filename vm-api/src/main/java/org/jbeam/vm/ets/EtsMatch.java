package org.jbeam.vm.ets;

import java.util.TreeMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Match patterns of {@code ets:match/2} and {@code ets:match_object/2} ({@code db_match_compile}
 * in {@code erl_db_util.c}, for patterns): {@code '_'} matches anything, {@code '$N'} binds a
 * variable (the same variable twice must match {@code =:=} terms), tuples and lists match
 * element by element, any other term matches the terms {@code =:=} to it.
 */
final class EtsMatch {
    private final AtomTable atoms;
    private final long underscore;

    EtsMatch(AtomTable atoms) {
        this.atoms = atoms;
        this.underscore = atoms.atom("_");
    }

    /** Whether {@code term} matches {@code pattern}; the variables bound are added to {@code bindings}. */
    boolean matches(long pattern, long term, TreeMap<Integer, Long> bindings) {
        if (pattern == underscore) {
            return true;
        }
        if (TermTags.isAtom(pattern)) {
            int variable = variableNumber(pattern);
            if (variable >= 0) {
                Long bound = bindings.putIfAbsent(variable, term);
                return bound == null || TermEquality.exactEquals(bound, term);
            }
            return pattern == term;
        }
        if (Tuples.isTuple(pattern)) {
            if (!Tuples.isTuple(term) || Tuples.arity(term) != Tuples.arity(pattern)) {
                return false;
            }
            for (int i = 1; i <= Tuples.arity(pattern); i++) {
                if (!matches(Tuples.element(pattern, i), Tuples.element(term, i), bindings)) {
                    return false;
                }
            }
            return true;
        }
        if (TermTags.isList(pattern)) {
            long p = pattern;
            long t = term;
            while (TermTags.isList(p)) {
                if (!TermTags.isList(t) || !matches(Lists.head(p), Lists.head(t), bindings)) {
                    return false;
                }
                p = Lists.tail(p);
                t = Lists.tail(t);
            }
            return matches(p, t, bindings);
        }
        return TermEquality.exactEquals(pattern, term);
    }

    /** N for the atom {@code '$N'}, or -1 when {@code atom} is no match variable. */
    private int variableNumber(long atom) {
        String name = atoms.name(atom);
        if (name.length() < 2 || name.charAt(0) != '$' || name.length() > 10) {
            return -1;
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(name.substring(1));
    }
}

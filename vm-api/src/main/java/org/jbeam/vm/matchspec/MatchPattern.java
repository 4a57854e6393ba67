package org.jbeam.vm.matchspec;

import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A compiled match specification head ({@code db_match_compile}'s match part): {@code '_'}
 * matches anything, the first {@code '$N'} binds a variable and a later one must be
 * {@code =:=} to what it bound, tuples and lists match element by element, a map matches a map
 * that has every key of the pattern (keys compared {@code =:=}) with matching values, and any
 * other term matches the terms {@code =:=} to it.
 */
sealed interface MatchPattern {
    /** Whether {@code term} matches; variables bound are stored in {@code bindings} by slot. */
    boolean matches(long term, long[] bindings);

    /** {@code '_'}. */
    record Any() implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            return true;
        }
    }

    /** The first occurrence of a variable: binds it. */
    record Bind(int slot) implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            bindings[slot] = term;
            return true;
        }
    }

    /** A later occurrence of a variable: must be {@code =:=} to its binding. */
    record Check(int slot) implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            return TermEquality.exactEquals(bindings[slot], term);
        }
    }

    /** A term with no variable in it. */
    record Literal(long term) implements MatchPattern {
        @Override
        public boolean matches(long candidate, long[] bindings) {
            return candidate == term || TermEquality.exactEquals(term, candidate);
        }
    }

    /** A tuple of patterns: a tuple of the same arity whose elements match. */
    record Tuple(MatchPattern[] elements) implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            if (!Tuples.isTuple(term) || Tuples.arity(term) != elements.length) {
                return false;
            }
            for (int i = 0; i < elements.length; i++) {
                if (!elements[i].matches(Tuples.element(term, i + 1), bindings)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A list cell of patterns. */
    record Cons(MatchPattern head, MatchPattern tail) implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            return TermTags.isList(term) && head.matches(Lists.head(term), bindings)
                    && tail.matches(Lists.tail(term), bindings);
        }
    }

    /** A map pattern: literal keys, each with a value pattern. */
    record Map(long[] keys, MatchPattern[] values) implements MatchPattern {
        @Override
        public boolean matches(long term, long[] bindings) {
            if (!Maps.isMap(term)) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                long value = Maps.get(term, keys[i]);
                if (value == TermTags.NON_VALUE || !values[i].matches(value, bindings)) {
                    return false;
                }
            }
            return true;
        }
    }
}

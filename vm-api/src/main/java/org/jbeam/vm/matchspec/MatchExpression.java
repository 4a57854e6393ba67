package org.jbeam.vm.matchspec;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.Tuples;

/**
 * A compiled guard or body expression of a match specification ({@code dmc_expr} in
 * {@code erl_db_util.c}). Evaluating one builds its terms on the running process's heap; an
 * operation that fails answers {@link MatchRun#fail}.
 */
sealed interface MatchExpression {
    long evaluate(MatchRun run);

    /** A constant: a literal term, or {@code {const, Term}}. */
    record Constant(long term) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            return term;
        }
    }

    /** {@code '$N'}: what the head bound. */
    record Variable(int slot) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            return run.bindings[slot];
        }
    }

    /** {@code '$_'}: the whole term matched. */
    record WholeObject() implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            return run.object;
        }
    }

    /** {@code '$$'}: the head's variables in the order of their numbers. */
    record AllBindings() implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            return Lists.of(run.process.heap(), run.bindings.clone());
        }
    }

    /** {@code {self}}. */
    record Self() implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            return run.process.pid();
        }
    }

    /** {@code {{E1, ..., En}}}: a tuple of the values. */
    record MakeTuple(MatchExpression[] elements) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            long[] values = new long[elements.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = elements[i].evaluate(run);
            }
            return Tuples.make(run.process.heap(), values);
        }
    }

    /** {@code [Head | Tail]} with both parts expressions. */
    record MakeCons(MatchExpression head, MatchExpression tail) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            long h = head.evaluate(run);
            return Lists.cons(run.process.heap(), h, tail.evaluate(run));
        }
    }

    /** {@code #{K1 => V1, ...}} with keys and values expressions. */
    record MakeMap(MatchExpression[] keys, MatchExpression[] values) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            long[] k = new long[keys.length];
            long[] v = new long[values.length];
            for (int i = 0; i < k.length; i++) {
                k[i] = keys[i].evaluate(run);
                v[i] = values[i].evaluate(run);
            }
            return Maps.fromPairs(run.process.order(), run.process.heap(), k, v);
        }
    }

    /** A guard function ({@code {F, A1, ..., An}}): the BIF {@code name} applied to the arguments' values. */
    record Call(String name, Bif bif, MatchExpression[] arguments) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            long[] values = new long[arguments.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments[i].evaluate(run);
            }
            try {
                return bif.call(run.process, values);
            } catch (ErlangException e) {
                return run.fail();
            }
        }
    }

    /**
     * {@code {'and', ...}} and {@code {'or', ...}}: every argument evaluated, then all
     * {@code true} (or any {@code true} for {@code or}); a non-boolean argument fails.
     */
    record Strict(boolean isAnd, MatchExpression[] arguments) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            boolean decided = false;
            for (MatchExpression argument : arguments) {
                long value = argument.evaluate(run);
                if (value != Atoms.TRUE && value != Atoms.FALSE) {
                    return run.fail();
                }
                decided |= (value == Atoms.TRUE) != isAnd;
            }
            return Atoms.bool(decided != isAnd);
        }
    }

    /**
     * {@code {'andalso', ...}} and {@code {'orelse', ...}}: arguments left to right until one
     * decides ({@code false} for {@code andalso}, {@code true} for {@code orelse}); every
     * argument but the last must be a boolean, the last one's value is the result as it is.
     */
    record ShortCircuit(boolean isAndAlso, MatchExpression[] arguments) implements MatchExpression {
        @Override
        public long evaluate(MatchRun run) {
            long deciding = isAndAlso ? Atoms.FALSE : Atoms.TRUE;
            long passing = isAndAlso ? Atoms.TRUE : Atoms.FALSE;
            for (int i = 0; i < arguments.length - 1; i++) {
                long value = arguments[i].evaluate(run);
                if (value == deciding) {
                    return value;
                }
                if (value != passing) {
                    return run.fail();
                }
            }
            return arguments[arguments.length - 1].evaluate(run);
        }
    }
}

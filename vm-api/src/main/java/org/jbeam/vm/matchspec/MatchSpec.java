package org.jbeam.vm.matchspec;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A compiled match specification ({@code db_prog_match} runs OTP's): the first clause whose head
 * matches a term and whose conditions all evaluate to {@code true} gives the result, the value
 * of the last body expression. A condition that fails or is not {@code true} tries the next
 * clause; in the body, an operation that fails gives {@code 'EXIT'} as its value.
 *
 * <p>The specification owns a copy of its term (its literals); {@link #close} frees it.
 */
public final class MatchSpec implements AutoCloseable {
    /** One {@code {Head, Conditions, Body}}. */
    record Clause(MatchPattern head, MatchExpression[] guards, MatchExpression[] body) {}

    private final Clause[] clauses;
    private final int variables;
    private final HeapFragments literals;
    /** The atom {@code 'EXIT'}, a failed body operation's value. */
    private final long exitAtom;

    MatchSpec(Clause[] clauses, int variables, HeapFragments literals, long exitAtom) {
        this.clauses = clauses;
        this.variables = variables;
        this.literals = literals;
        this.exitAtom = exitAtom;
    }

    /**
     * The result for {@code term}, or {@code NON_VALUE} when no clause matches. Terms built are
     * on {@code process}'s heap, but the result may share parts with {@code term} and with this
     * specification's literals: a caller that keeps it beyond them copies it.
     */
    public long run(ErlangProcess process, long term) {
        long[] bindings = new long[variables];
        for (Clause clause : clauses) {
            if (!clause.head().matches(term, bindings)) {
                continue;
            }
            MatchRun run = new MatchRun(process, term, bindings, exitAtom);
            if (guardsHold(clause, run)) {
                return body(clause, run);
            }
        }
        return TermTags.NON_VALUE;
    }

    private static boolean guardsHold(Clause clause, MatchRun run) {
        try {
            for (MatchExpression guard : clause.guards()) {
                if (guard.evaluate(run) != Atoms.TRUE) {
                    return false;
                }
            }
            return true;
        } catch (MatchFailure failure) {
            return false;
        }
    }

    private static long body(Clause clause, MatchRun run) {
        run.enterBody();
        long result = TermTags.NON_VALUE;
        for (MatchExpression expression : clause.body()) {
            result = expression.evaluate(run);
        }
        return result;
    }

    /**
     * Whether every clause surely gives an object with the matched object's key at
     * {@code keypos}, which {@code ets:select_replace/2} requires ({@code db_match_keeps_key}):
     * the body is one expression, either {@code '$_'} or a tuple built with, at {@code keypos},
     * {@code {element, keypos, '$_'}}, the variable the head has there or the constant the head
     * has there.
     */
    public boolean keepsKey(int keypos) {
        for (Clause clause : clauses) {
            if (clause.body().length != 1 || !keepsKey(clause.head(), clause.body()[0], keypos)) {
                return false;
            }
        }
        return true;
    }

    private static boolean keepsKey(MatchPattern head, MatchExpression body, int keypos) {
        if (body instanceof MatchExpression.WholeObject) {
            return true;
        }
        if (!(body instanceof MatchExpression.MakeTuple tuple) || tuple.elements().length < keypos) {
            return false;
        }
        MatchPattern headKey = elementOf(head, keypos);
        MatchExpression bodyKey = tuple.elements()[keypos - 1];
        if (isObjectKey(bodyKey, keypos)) {
            return true;
        }
        return switch (headKey) {
            case MatchPattern.Bind bind -> bodyKey instanceof MatchExpression.Variable v && v.slot() == bind.slot();
            case MatchPattern.Check check -> bodyKey instanceof MatchExpression.Variable v && v.slot() == check.slot();
            case MatchPattern.Literal literal -> bodyKey instanceof MatchExpression.Constant c
                    && new MatchPattern.Literal(c.term()).matches(literal.term(), null);
            case null, default -> false;
        };
    }

    /** Whether {@code expression} is {@code {element, keypos, '$_'}}, what {@code ets:fun2ms} writes for a kept field. */
    private static boolean isObjectKey(MatchExpression expression, int keypos) {
        return expression instanceof MatchExpression.Call call && call.name().equals("element")
                && call.arguments().length == 2
                && call.arguments()[0] instanceof MatchExpression.Constant index
                && index.term() == TermTags.makeSmall(keypos)
                && call.arguments()[1] instanceof MatchExpression.WholeObject;
    }

    /** Element {@code index} of a tuple pattern (a literal tuple's as a literal), or null. */
    private static MatchPattern elementOf(MatchPattern head, int index) {
        if (head instanceof MatchPattern.Tuple tuple && tuple.elements().length >= index) {
            return tuple.elements()[index - 1];
        }
        if (head instanceof MatchPattern.Literal literal && Tuples.isTuple(literal.term())
                && Tuples.arity(literal.term()) >= index) {
            return new MatchPattern.Literal(Tuples.element(literal.term(), index));
        }
        return null;
    }

    @Override
    public void close() {
        literals.close();
    }
}

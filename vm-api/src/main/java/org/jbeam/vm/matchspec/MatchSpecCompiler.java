package org.jbeam.vm.matchspec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Compiles match specifications of the table dialect as OTP 25's {@code db_match_compile}
 * checks them: a proper list of {@code {Head, Conditions, Body}} tuples, conditions and body
 * proper lists (the body not empty), every variable used bound by the head, and only the
 * functions and special forms tables allow. Errors carry OTP's texts; compilation stops after
 * the first clause that has any, as OTP's does.
 */
public final class MatchSpecCompiler {
    private final AtomTable atoms;
    private final GuardFunctions functions;
    private final DisplayPrinter printer;

    public MatchSpecCompiler(AtomTable atoms, BifTable bifs) {
        this.atoms = atoms;
        this.functions = new GuardFunctions(atoms, bifs);
        this.printer = new DisplayPrinter(atoms);
    }

    /** The compiled form of {@code spec}; {@link MatchSpecException} when it is not valid. */
    public MatchSpec compile(long spec) {
        if (Lists.properLength(spec) < 0) {
            throw new MatchSpecException(List.of("Match programs are not in a list."));
        }
        HeapFragments literals = new HeapFragments(64);
        try {
            long copy = TermCopier.copy(spec, literals);
            List<MatchSpec.Clause> clauses = new ArrayList<>();
            int variables = 0;
            for (long rest = copy; TermTags.isList(rest); rest = Lists.tail(rest)) {
                ClauseCompiler clause = new ClauseCompiler(Lists.head(rest));
                clauses.add(clause.compile());
                variables = Math.max(variables, clause.slots.size());
            }
            return new MatchSpec(clauses.toArray(MatchSpec.Clause[]::new), variables, literals, atoms.atom("EXIT"));
        } catch (RuntimeException e) {
            literals.close();
            throw e;
        }
    }

    /** N of a variable atom {@code '$N'} (digits without a leading zero), or -1. */
    int variableNumber(long term) {
        if (!TermTags.isAtom(term)) {
            return -1;
        }
        String name = atoms.name(term);
        if (name.length() < 2 || name.length() > 11 || name.charAt(0) != '$'
                || (name.charAt(1) == '0' && name.length() > 2)) {
            return -1;
        }
        long n = 0;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n > Integer.MAX_VALUE ? -1 : (int) n;
    }

    private boolean isAtomNamed(long term, String name) {
        return TermTags.isAtom(term) && atoms.name(term).equals(name);
    }

    /** One clause: its variables' slots (by number order), the head pattern and the expressions. */
    private final class ClauseCompiler {
        private final long clause;
        private final List<Integer> slots = new ArrayList<>();
        private final boolean[] seen;
        private final List<String> errors = new ArrayList<>();

        ClauseCompiler(long clause) {
            this.clause = clause;
            if (!Tuples.isTuple(clause) || Tuples.arity(clause) != 3) {
                throw new MatchSpecException(List.of("Match program part is not a tuple of arity 3."));
            }
            TreeSet<Integer> numbers = new TreeSet<>();
            collectVariables(Tuples.element(clause, 1), numbers);
            slots.addAll(numbers);
            seen = new boolean[slots.size()];
        }

        MatchSpec.Clause compile() {
            MatchPattern head = pattern(Tuples.element(clause, 1));
            MatchExpression[] guards = expressions(Tuples.element(clause, 2), false);
            MatchExpression[] body = expressions(Tuples.element(clause, 3), true);
            if (!errors.isEmpty()) {
                throw new MatchSpecException(errors);
            }
            return new MatchSpec.Clause(head, guards, body);
        }

        private void collectVariables(long term, TreeSet<Integer> numbers) {
            int n = variableNumber(term);
            if (n >= 0) {
                numbers.add(n);
            } else if (Tuples.isTuple(term)) {
                for (int i = 1; i <= Tuples.arity(term); i++) {
                    collectVariables(Tuples.element(term, i), numbers);
                }
            } else if (TermTags.isList(term)) {
                collectVariables(Lists.head(term), numbers);
                collectVariables(Lists.tail(term), numbers);
            } else if (Maps.isMap(term)) {
                for (long value : Maps.entries(term)[1]) {
                    collectVariables(value, numbers);
                }
            }
        }

        // The head.

        private MatchPattern pattern(long term) {
            int n = variableNumber(term);
            if (n >= 0) {
                int slot = slots.indexOf(n);
                if (seen[slot]) {
                    return new MatchPattern.Check(slot);
                }
                seen[slot] = true;
                return new MatchPattern.Bind(slot);
            }
            if (isAtomNamed(term, "_")) {
                return new MatchPattern.Any();
            }
            if (Tuples.isTuple(term) && !isLiteral(term)) {
                MatchPattern[] elements = new MatchPattern[Tuples.arity(term)];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = pattern(Tuples.element(term, i + 1));
                }
                return new MatchPattern.Tuple(elements);
            }
            if (TermTags.isList(term) && !isLiteral(term)) {
                MatchPattern head = pattern(Lists.head(term));
                return new MatchPattern.Cons(head, pattern(Lists.tail(term)));
            }
            if (Maps.isMap(term)) {
                return mapPattern(term);
            }
            return new MatchPattern.Literal(term);
        }

        private MatchPattern mapPattern(long map) {
            long[][] entries = Maps.entries(map);
            long[] keys = entries[0];
            MatchPattern[] values = new MatchPattern[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (!isLiteral(keys[i])) {
                    errors.add("Variable found in map key.");
                }
                values[i] = pattern(entries[1][i]);
            }
            return new MatchPattern.Map(keys, values);
        }

        /** Whether {@code term} holds no variable, no {@code '_'} and no map (so matches as itself). */
        private boolean isLiteral(long term) {
            if (variableNumber(term) >= 0 || isAtomNamed(term, "_") || Maps.isMap(term)) {
                return false;
            }
            if (Tuples.isTuple(term)) {
                for (int i = 1; i <= Tuples.arity(term); i++) {
                    if (!isLiteral(Tuples.element(term, i))) {
                        return false;
                    }
                }
            } else if (TermTags.isList(term)) {
                return isLiteral(Lists.head(term)) && isLiteral(Lists.tail(term));
            }
            return true;
        }

        // Conditions and body.

        private MatchExpression[] expressions(long list, boolean body) {
            if (!TermTags.isList(list) && (body || list != TermTags.NIL)) {
                errors.add(body ? "Body clause does not return anything." : "Match expression is not a list.");
                return null;
            }
            if (Lists.properLength(list) < 0) {
                errors.add("Match expression is not a proper list.");
                return null;
            }
            List<MatchExpression> out = new ArrayList<>();
            for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
                try {
                    out.add(expression(Lists.head(rest)));
                } catch (ExpressionError e) {
                    errors.add(e.getMessage());
                }
            }
            return out.toArray(MatchExpression[]::new);
        }

        private MatchExpression expression(long term) {
            if (TermTags.isAtom(term)) {
                return atomExpression(term);
            }
            if (TermTags.isList(term)) {
                MatchExpression head = expression(Lists.head(term));
                return new MatchExpression.MakeCons(head, expression(Lists.tail(term)));
            }
            if (Tuples.isTuple(term)) {
                return tupleExpression(term);
            }
            if (Maps.isMap(term)) {
                long[][] entries = Maps.entries(term);
                MatchExpression[] keys = new MatchExpression[entries[0].length];
                MatchExpression[] values = new MatchExpression[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = expression(entries[0][i]);
                    values[i] = expression(entries[1][i]);
                }
                return new MatchExpression.MakeMap(keys, values);
            }
            return new MatchExpression.Constant(term);
        }

        private MatchExpression atomExpression(long atom) {
            String name = atoms.name(atom);
            if (name.equals("$_")) {
                return new MatchExpression.WholeObject();
            }
            if (name.equals("$$")) {
                return new MatchExpression.AllBindings();
            }
            int n = variableNumber(atom);
            if (n < 0) {
                return new MatchExpression.Constant(atom);
            }
            int slot = slots.indexOf(n);
            if (slot < 0) {
                throw new ExpressionError("Variable $" + n + " is unbound.");
            }
            return new MatchExpression.Variable(slot);
        }

        private MatchExpression tupleExpression(long tuple) {
            int arity = Tuples.arity(tuple);
            if (arity == 1 && Tuples.isTuple(Tuples.element(tuple, 1))) {
                long inner = Tuples.element(tuple, 1);
                return new MatchExpression.MakeTuple(arguments(inner, 1));
            }
            if (arity == 0 || !TermTags.isAtom(Tuples.element(tuple, 1)) || variableNumber(Tuples.element(tuple, 1)) >= 0) {
                throw new ExpressionError(printer.print(tuple)
                        + " is neither a function call, nor a tuple (tuples are written {{ ... }}).");
            }
            String name = atoms.name(Tuples.element(tuple, 1));
            MatchExpression special = specialForm(name, tuple);
            if (special != null) {
                return special;
            }
            int argumentCount = arity - 1;
            String quoted = printer.print(Tuples.element(tuple, 1));
            var bif = functions.find(name, argumentCount);
            if (bif == null) {
                throw new ExpressionError("Function " + quoted + "/" + argumentCount
                        + (GuardFunctions.isTraceFunction(name, argumentCount)
                                ? " cannot be called in this context." : " does_not_exist."));
            }
            return new MatchExpression.Call(name, bif, arguments(tuple, 2));
        }

        /** A special form ({@code const}, {@code self}, the boolean operators), or null when {@code name} is none. */
        private MatchExpression specialForm(String name, long tuple) {
            int argumentCount = Tuples.arity(tuple) - 1;
            String traceForm = GuardFunctions.traceForm(name);
            if (traceForm != null) {
                throw new ExpressionError("Special form '" + traceForm + "' used in wrong dialect.");
            }
            switch (name) {
                case "const" -> {
                    if (argumentCount != 1) {
                        throw new ExpressionError("Special form 'const' called with more than one argument in "
                                + printer.print(tuple) + ".");
                    }
                    return new MatchExpression.Constant(Tuples.element(tuple, 2));
                }
                case "self" -> {
                    if (argumentCount != 0) {
                        throw new ExpressionError("Special form 'self' called with arguments in "
                                + printer.print(tuple) + ".");
                    }
                    return new MatchExpression.Self();
                }
                case "and", "or", "andalso", "orelse" -> {
                    if (argumentCount == 0) {
                        throw new ExpressionError("Special form '" + name + "' called without arguments in "
                                + printer.print(tuple) + ".");
                    }
                    MatchExpression[] arguments = arguments(tuple, 2);
                    return name.length() <= 3 ? new MatchExpression.Strict(name.equals("and"), arguments)
                            : new MatchExpression.ShortCircuit(name.equals("andalso"), arguments);
                }
                default -> {
                    return null;
                }
            }
        }

        /** Elements {@code from..arity} of {@code tuple}, compiled. */
        private MatchExpression[] arguments(long tuple, int from) {
            MatchExpression[] out = new MatchExpression[Tuples.arity(tuple) - from + 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = expression(Tuples.element(tuple, from + i));
            }
            return out;
        }
    }

    /** One expression's error: ends that expression's compilation, the clause's goes on. */
    private static final class ExpressionError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExpressionError(String message) {
            super(message, null, false, false);
        }
    }
}

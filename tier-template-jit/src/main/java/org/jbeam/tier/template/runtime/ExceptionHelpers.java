package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ContinuationNames;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.RawStackTrace;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The exception helpers: the errors instructions raise themselves ({@code badmatch},
 * {@code case_end}, ...), {@code catch_end}'s value, and re-raising with a kept trace
 * ({@code raise}, {@code raw_raise}), whose trace the raising code takes with
 * {@link #takeCarriedTrace}.
 */
final class ExceptionHelpers {
    private final AtomTable atoms;
    private final ContinuationNames names;
    /** The trace the exception being thrown keeps ({@code raise}, {@code raw_raise}); NON_VALUE otherwise. */
    private long carriedTrace = TermTags.NON_VALUE;

    ExceptionHelpers(AtomTable atoms, ContinuationNames names) {
        this.atoms = atoms;
        this.names = names;
    }

    ErlangException error(ErlangProcess p, ErrorKind kind, long value) {
        return switch (kind) {
            case BADMATCH -> tagged(p, "badmatch", value);
            case CASE_END -> tagged(p, "case_clause", value);
            case BADRECORD -> tagged(p, "badrecord", value);
            case IF_END -> ErlangException.error(atoms.atom("if_clause"), "no true branch in if");
            case FUNCTION_CLAUSE -> ErlangException.error(atoms.atom("function_clause"), "no clause matched");
            case TRY_CLAUSE -> tagged(p, "try_clause", value);
            case BADARITH -> ErlangException.badarith("float result out of range");
        };
    }

    /** The trace a re-raise keeps, for the exception it throws; NON_VALUE after it is taken. */
    long takeCarriedTrace() {
        long trace = carriedTrace;
        carriedTrace = TermTags.NON_VALUE;
        return trace;
    }

    /** {@code catch_end} after an exception: a thrown value as is, an exit as {@code {'EXIT', R}}, an error with its trace. */
    void catchEnd(ErlangProcess p) {
        long kind = p.x(1);
        long reason = p.x(2);
        long exit = atoms.atom("EXIT");
        if (kind == Atoms.THROW) {
            p.setX(0, reason);
        } else if (kind == Atoms.ERROR) {
            long trace = RawStackTrace.built(p.x(3), p.heap(), names);
            p.setX(0, Tuples.make(p.heap(), exit, Tuples.make(p.heap(), reason, trace)));
        } else {
            p.setX(0, Tuples.make(p.heap(), exit, reason));
        }
    }

    /** {@code raise Trace Value}: the class comes from the raw trace, whose trace the exception keeps. */
    ErlangException reraise(long raw, long value) {
        carriedTrace = RawStackTrace.traceOf(raw);
        return new ErlangException(kindOf(RawStackTrace.classOf(raw)), value, "re-raised");
    }

    /** {@code raw_raise}: class X0, reason X1, raw trace X2. */
    ErlangException rawRaise(ErlangProcess p) {
        long classAtom = p.x(0);
        if (classAtom != Atoms.ERROR && classAtom != Atoms.EXIT && classAtom != Atoms.THROW) {
            return ErlangException.badarg("raw_raise with a bad class");
        }
        carriedTrace = RawStackTrace.traceOf(p.x(2));
        return new ErlangException(kindOf(classAtom), p.x(1), "raw_raise");
    }

    /** {@code build_stacktrace}: the list of entries of the raw trace in X0. */
    void buildStacktrace(ErlangProcess p) {
        p.setX(0, RawStackTrace.built(p.x(0), p.heap(), names));
    }

    private static ErlangException.Kind kindOf(long classAtom) {
        if (classAtom == Atoms.EXIT) {
            return ErlangException.Kind.EXIT;
        }
        return classAtom == Atoms.THROW ? ErlangException.Kind.THROW : ErlangException.Kind.ERROR;
    }

    private ErlangException tagged(ErlangProcess p, String tag, long value) {
        return ErlangException.error(Tuples.make(p.heap(), atoms.atom(tag), value), tag);
    }

    /** The list of X0..X(arity-1): the arguments a {@code function_clause} trace entry shows. */
    static long arguments(ErlangProcess p, int arity) {
        long list = TermTags.NIL;
        for (int k = arity - 1; k >= 0; k--) {
            list = Lists.cons(p.heap(), p.x(k), list);
        }
        return list;
    }
}

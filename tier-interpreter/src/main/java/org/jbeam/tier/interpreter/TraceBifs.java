package org.jbeam.tier.interpreter;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.BacktraceDepth;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The BIFs whose meaning lies in stack traces, which the interpreter adds to the BIF table it
 * is given: {@code erlang:system_flag(backtrace_depth, N)} (the VM's {@link BacktraceDepth},
 * which every tier's traces read), {@code erlang:raise/3} (returns
 * {@code badarg} for a bad class or trace, as its documentation says) and
 * {@code erlang:error/3}. The stack-trace builder gives raise/3 its trace and error/2,3 their
 * argument lists; these bodies only raise.
 */
final class TraceBifs {
    private final BacktraceDepth depth;

    TraceBifs(BacktraceDepth depth) {
        this.depth = depth;
    }

    /** Registers the BIFs; a {@code system_flag/2} already there keeps its other flags. */
    void register(BifTable bifs, AtomTable atoms) {
        long backtraceDepth = atoms.atom("backtrace_depth");
        Bif otherFlags = bifs.find(Atoms.ERLANG, atoms.atom("system_flag"), 2);
        bifs.register("erlang", "system_flag", 2, (p, a) -> {
            if (a[0] != backtraceDepth) {
                if (otherFlags == null) {
                    throw ErlangException.badarg("system_flag: unsupported flag");
                }
                return otherFlags.call(p, a);
            }
            return TermTags.makeSmall(depth.set(a[1]));
        });
        if (bifs.find(Atoms.ERLANG, atoms.atom("raise"), 3) == null) {
            bifs.register("erlang", "raise", 3, (p, a) -> raise(a[0], a[1], a[2]));
        }
        if (bifs.find(Atoms.ERLANG, atoms.atom("error"), 3) == null) {
            bifs.register("erlang", "error", 3, (p, a) -> {
                throw ErlangException.error(a[0], "error/3");
            });
        }
    }

    private static long raise(long classAtom, long reason, long trace) {
        boolean validClass = classAtom == Atoms.ERROR || classAtom == Atoms.EXIT || classAtom == Atoms.THROW;
        if (!validClass || !isStacktrace(trace)) {
            return Atoms.BADARG;
        }
        throw new ErlangException(Exceptions.kindOf(classAtom), reason, "erlang:raise/3");
    }

    /**
     * A proper list of {@code {M,F,ArityOrArgs,Location}}, {@code {M,F,ArityOrArgs}} or
     * {@code {Fun,ArityOrArgs,Location}} items (erts's {@code raise_3} checks).
     */
    private static boolean isStacktrace(long trace) {
        long rest = trace;
        while (TermTags.isList(rest)) {
            if (!isItem(Lists.head(rest))) {
                return false;
            }
            rest = Lists.tail(rest);
        }
        return rest == TermTags.NIL;
    }

    private static boolean isItem(long item) {
        if (!Tuples.isTuple(item)) {
            return false;
        }
        if (Tuples.arity(item) == 4) {
            return TermTags.isAtom(Tuples.element(item, 1)) && TermTags.isAtom(Tuples.element(item, 2))
                    && isArityOrArgs(Tuples.element(item, 3)) && isList(Tuples.element(item, 4));
        }
        if (Tuples.arity(item) == 3 && TermTags.isAtom(Tuples.element(item, 1))) {
            // The old {M,F,ArityOrArgs} form, which erl_eval still raises with.
            return TermTags.isAtom(Tuples.element(item, 2)) && isArityOrArgs(Tuples.element(item, 3));
        }
        return Tuples.arity(item) == 3 && Funs.isFun(Tuples.element(item, 1))
                && isArityOrArgs(Tuples.element(item, 2)) && isList(Tuples.element(item, 3));
    }

    private static boolean isArityOrArgs(long term) {
        return (TermTags.isSmall(term) && TermTags.smallValue(term) >= 0) || isList(term);
    }

    private static boolean isList(long term) {
        return term == TermTags.NIL || TermTags.isList(term);
    }
}

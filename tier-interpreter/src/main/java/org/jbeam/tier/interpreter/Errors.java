package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Tuples;

/**
 * The instructions that raise match errors, with OTP's reasons: {@code function_clause},
 * {@code {badmatch,V}}, {@code {case_clause,V}}, {@code if_clause}, {@code {badrecord,V}}.
 * Their stack traces are built by {@link StackTraces} when the exception reaches the loop.
 */
final class Errors {
    private Errors() {}

    static int functionClause(Machine m, ErrorOps.FunctionClause i) {
        throw ErlangException.error(Atoms.FUNCTION_CLAUSE, "no clause of " + m.module.name() + ":"
                + m.interpreter.atomName(i.function()) + "/" + i.arity() + " matched");
    }

    static int badmatch(Machine m, ErrorOps.Badmatch i) {
        throw tagged(m, Atoms.BADMATCH, m.read(i.value()), "badmatch");
    }

    static int caseEnd(Machine m, ErrorOps.CaseEnd i) {
        throw tagged(m, Atoms.CASE_CLAUSE, m.read(i.value()), "case_clause");
    }

    static int ifEnd() {
        throw ErlangException.error(Atoms.IF_CLAUSE, "if_clause");
    }

    static int badrecord(Machine m, ErrorOps.Badrecord i) {
        throw tagged(m, m.interpreter.atom("badrecord"), m.read(i.value()), "badrecord");
    }

    static int notImplemented(Machine m, ErrorOps.NotImplemented i) {
        throw new UnsupportedInstructionException(i.op(), m.module.name(), i.offset());
    }

    private static ErlangException tagged(Machine m, long tag, long value, String detail) {
        return ErlangException.error(Tuples.make(m.process.heap(), tag, value), detail);
    }
}

package org.jbeam.tier.interpreter.instr;

import org.jbeam.vm.beam.GenericOp;

/** Instructions that raise: failed matches, and generic instructions not yet implemented. */
public sealed interface ErrorOps extends Instruction {
    /** The head of a function, reached when no clause matched: {@code function_clause}. */
    record FunctionClause(long module, long function, int arity) implements ErrorOps {}

    record Badmatch(Source value) implements ErrorOps {}

    record CaseEnd(Source value) implements ErrorOps {}

    record IfEnd() implements ErrorOps {}

    record Badrecord(Source value) implements ErrorOps {}

    /**
     * A generic instruction this interpreter does not execute yet. Loading succeeds (so a
     * module whose other functions work stays usable); reaching it stops the process with a
     * Java-side error naming the instruction.
     */
    record NotImplemented(GenericOp op, int offset) implements ErrorOps {}
}

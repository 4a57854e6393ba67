package org.jbeam.tier.interpreter.instr;

/** Building and taking apart lists and tuples. */
public sealed interface DataOps extends Instruction {
    record GetList(Source list, Target head, Target tail) implements DataOps {}

    record GetHd(Source list, Target head) implements DataOps {}

    record GetTl(Source list, Target tail) implements DataOps {}

    record PutList(Source head, Source tail, Target target) implements DataOps {}

    record PutTuple2(Target target, Source[] elements) implements DataOps {}

    /** {@code index} counts from 0, as the instruction does (element 1 is index 0). */
    record GetTupleElement(Source tuple, int index, Target target) implements DataOps {}

    /** Destructive update of a tuple the compiler just built ({@code setelement} chains). */
    record SetTupleElement(Source value, Source tuple, int index) implements DataOps {}
}

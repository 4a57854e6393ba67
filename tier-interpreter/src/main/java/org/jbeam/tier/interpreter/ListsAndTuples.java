package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.DataOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Cons cells and tuples. The compiler has proved the operand types (a preceding test), so
 * these read fields without checking, as BEAM does.
 */
final class ListsAndTuples {
    private ListsAndTuples() {}

    static int getList(Machine m, DataOps.GetList i, int pc) {
        long list = m.read(i.list());
        long head = Lists.head(list);
        long tail = Lists.tail(list);
        m.write(i.head(), head);
        m.write(i.tail(), tail);
        return pc + 1;
    }

    static int getHd(Machine m, DataOps.GetHd i, int pc) {
        m.write(i.head(), Lists.head(m.read(i.list())));
        return pc + 1;
    }

    static int getTl(Machine m, DataOps.GetTl i, int pc) {
        m.write(i.tail(), Lists.tail(m.read(i.list())));
        return pc + 1;
    }

    static int putList(Machine m, DataOps.PutList i, int pc) {
        m.write(i.target(), Lists.cons(m.process.heap(), m.read(i.head()), m.read(i.tail())));
        return pc + 1;
    }

    static int putTuple2(Machine m, DataOps.PutTuple2 i, int pc) {
        Source[] elements = i.elements();
        long address = m.process.heap().allocate(elements.length + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(elements.length, TermTags.TUPLE_SUBTAG));
        for (int k = 0; k < elements.length; k++) {
            NativeMemory.setWordAt(address, k + 1, m.read(elements[k]));
        }
        m.write(i.target(), TermTags.makeBoxed(address));
        return pc + 1;
    }

    static int getTupleElement(Machine m, DataOps.GetTupleElement i, int pc) {
        m.write(i.target(), Boxed.field(m.read(i.tuple()), i.index() + 1));
        return pc + 1;
    }

    static int setTupleElement(Machine m, DataOps.SetTupleElement i, int pc) {
        Boxed.setField(m.read(i.tuple()), i.index() + 1, m.read(i.value()));
        return pc + 1;
    }
}

package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;

import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.DataFamily;
import org.jbeam.tier.template.ops.DataOps;
import org.jbeam.vm.term.TermTags;

/**
 * List and tuple access and construction (OTP's {@code get_list}, {@code put_list},
 * {@code put_tuple2}, {@code get_tuple_element}, {@code set_tuple_element}). A cons pointer is the cell's address + 1 (head,
 * then tail), a boxed pointer the header's address + 2; operands are known by the compiler to
 * have the right type. Construction bumps the heap top (r15) into room a heap test made. Every
 * source is read before any target is written, since a target may be a source's register.
 * Clobber rax, rcx, rdx.
 */
final class DataTemplates implements DataFamily {
    private final Emission e;

    DataTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void getList(DataOps.GetList op) {
        e.load(RAX, op.list());
        e.a.mov(RCX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_LIST));
        e.a.mov(RDX, Mem.qwordPtr(RAX, 8 - TermTags.PRIMARY_LIST));
        e.store(op.head(), RCX);
        e.store(op.tail(), RDX);
    }

    @Override
    public void getHd(DataOps.GetHd op) {
        e.load(RAX, op.list());
        e.a.mov(RCX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_LIST));
        e.store(op.head(), RCX);
    }

    @Override
    public void getTl(DataOps.GetTl op) {
        e.load(RAX, op.list());
        e.a.mov(RCX, Mem.qwordPtr(RAX, 8 - TermTags.PRIMARY_LIST));
        e.store(op.tail(), RCX);
    }

    @Override
    public void putList(DataOps.PutList op) {
        e.load(RAX, op.head());
        e.load(RCX, op.tail());
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 0), RAX);
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 8), RCX);
        e.a.lea(RAX, Mem.qwordPtr(HEAP_TOP, TermTags.PRIMARY_LIST));
        e.a.add(HEAP_TOP, new Imm32(16));
        e.store(op.target(), RAX);
    }

    @Override
    public void putTuple2(DataOps.PutTuple2 op) {
        int arity = op.elements().length;
        e.a.mov(Mem.qwordPtr(HEAP_TOP, 0), new Imm32(arity << TermTags.ARITY_OFFSET));
        for (int i = 0; i < arity; i++) {
            e.load(RAX, op.elements()[i]);
            e.a.mov(Mem.qwordPtr(HEAP_TOP, 8 * (i + 1)), RAX);
        }
        e.a.lea(RAX, Mem.qwordPtr(HEAP_TOP, TermTags.PRIMARY_BOXED));
        e.a.add(HEAP_TOP, new Imm32(8 * (arity + 1)));
        e.store(op.target(), RAX);
    }

    @Override
    public void setTupleElement(DataOps.SetTupleElement op) {
        e.load(RAX, op.tuple());
        e.load(RCX, op.value());
        e.a.mov(Mem.qwordPtr(RAX, 8 * (op.index() + 1) - TermTags.PRIMARY_BOXED), RCX);
    }

    @Override
    public void getTupleElement(DataOps.GetTupleElement op) {
        e.load(RAX, op.tuple());
        e.a.mov(RAX, Mem.qwordPtr(RAX, 8 * (op.index() + 1) - TermTags.PRIMARY_BOXED));
        e.store(op.target(), RAX);
    }
}

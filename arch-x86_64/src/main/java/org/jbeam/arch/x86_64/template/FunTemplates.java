package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.X_REGISTERS;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.R8;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.FunFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.ops.FunOps;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.term.TermTags;

/**
 * Funs (OTP's {@code i_make_fun3}, {@code i_call_fun2}). A local fun is
 * {@code [header][fun entry][arity][free count][creator][free...]} ({@code Funs}); its fun entry,
 * when this tier runs the code, holds the native entry address. A call of such a fun with the
 * right arity copies the free variables after the arguments and jumps there; anything else (an
 * export fun, another tier's fun, not a fun) leaves for the CALL_FUN helper. A tail call
 * ({@code call_fun} before {@code deallocate} and {@code return}) pops the frame before all that
 * and leaves the CP register alone, so a loop through funs runs in constant stack. Building a
 * fun is the MAKE_FUN helper's (it reads the environment from the registers). Clobber rax, rcx, rdx, rsi,
 * rdi, r8.
 */
final class FunTemplates implements FunFamily {
    private static final int FUN_ENTRY = 8 - TermTags.PRIMARY_BOXED;
    private static final int ARITY = 16 - TermTags.PRIMARY_BOXED;
    private static final int FREE_COUNT = 24 - TermTags.PRIMARY_BOXED;
    private static final int FIRST_FREE = 40 - TermTags.PRIMARY_BOXED;

    private final Emission e;

    FunTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void makeFun(FunOps.MakeFun op) {
        Label done = e.a.newLabel();
        e.setArgument(0, op.site());
        e.callHelper(Helper.MAKE_FUN, done);
        e.a.bind(done);
    }

    @Override
    public void callFun(FunOps.CallFun op) {
        Label back = e.a.newLabel();
        Label slow = e.a.newLabel();
        Label copy = e.a.newLabel();
        Label copied = e.a.newLabel();
        if (op.deallocate() >= 0) {
            // A tail call (i_call_fun_last): the frame goes first, the caller's CP stays.
            FrameTemplates.pop(e, op.deallocate());
        } else if (!op.last()) {
            // A body call: the CP register is this tier's CP for `back` whichever way the call goes.
            e.a.lea(RAX, back);
            e.a.shl(RAX, new Imm8(10));
            e.a.or(RAX, new Imm32(e.continuationTag()));
            e.a.mov(contextWord(ContextLayout.CONTINUATION), RAX);
        }
        e.load(RAX, op.fun());
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(TermTags.PRIMARY_MASK));
        e.a.cmp(ECX, new Imm32(TermTags.PRIMARY_BOXED));
        e.a.jcc(Condition.NE, slow);
        e.a.mov(RCX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED));
        e.a.and(ECX, new Imm32(TermTags.HEADER_SUBTAG_MASK));
        e.a.cmp(ECX, new Imm32(TermTags.FUN_SUBTAG));
        e.a.jcc(Condition.NE, slow);
        e.a.cmp(Mem.qwordPtr(RAX, ARITY), new Imm32(op.arity()));
        e.a.jcc(Condition.NE, slow);
        e.a.mov(RDX, Mem.qwordPtr(RAX, FUN_ENTRY));
        e.a.cmp(Mem.qwordPtr(RDX, 8 * FunEntry.TIER), new Imm8(e.tierId));
        e.a.jcc(Condition.NE, slow);
        // The free variables go to X(arity).. as the fun's code expects them.
        e.a.mov(RCX, Mem.qwordPtr(RAX, FREE_COUNT));
        e.a.lea(RSI, Mem.qwordPtr(RAX, FIRST_FREE));
        e.a.lea(RDI, Mem.qwordPtr(X_REGISTERS, 8 * op.arity()));
        e.a.test(RCX, RCX);
        e.a.jcc(Condition.E, copied);
        e.a.bind(copy);
        e.a.mov(R8, Mem.qwordPtr(RSI, 0));
        e.a.mov(Mem.qwordPtr(RDI, 0), R8);
        e.a.add(RSI, new Imm8(8));
        e.a.add(RDI, new Imm8(8));
        e.a.dec(RCX);
        e.a.jcc(Condition.NE, copy);
        e.a.bind(copied);
        e.a.jmp(Mem.qwordPtr(RDX, 8 * FunEntry.CODE));
        e.later(() -> {
            e.a.bind(slow);
            e.a.mov(e.argument(0), RAX);
            e.setArgument(1, op.arity());
            e.callHelper(Helper.CALL_FUN, back);
        });
        // A BIF the helper ran as the fun goes on here: after a body call, the caller's code;
        // after a tail call, the return that followed it.
        e.a.bind(back);
    }
}

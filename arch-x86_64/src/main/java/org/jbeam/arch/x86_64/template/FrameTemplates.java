package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.STACK_POINTER;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.FrameFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.ops.FrameOps;
import org.jbeam.vm.term.TermTags;

/**
 * Frames on the Erlang stack (r12, growing down) and the heap test (OTP's {@code allocate},
 * {@code deallocate}, {@code trim}, {@code test_heap}). A frame of N Y registers is N + 1 words:
 * word 0 saves the CP register (the context's continuation word). Clobber rax and rcx.
 */
final class FrameTemplates implements FrameFamily {
    private final Emission e;

    FrameTemplates(Emission e) {
        this.e = e;
    }

    /**
     * Pushes the frame unless it would pass the stack's low end; then the GROW_STACK helper moves
     * the stack to a bigger block and the test runs again (r12 and the low end reloaded).
     */
    @Override
    public void allocate(FrameOps.Allocate op) {
        int words = op.yCount() + 1;
        Label retry = e.a.newLabel();
        Label grow = e.a.newLabel();
        e.a.bind(retry);
        e.a.lea(RAX, Mem.qwordPtr(STACK_POINTER, -8 * words));
        e.a.cmp(RAX, contextWord(ContextLayout.STACK_LOW));
        e.a.jcc(Condition.B, grow);
        e.a.mov(STACK_POINTER, RAX);
        e.a.mov(RCX, contextWord(ContextLayout.CONTINUATION));
        e.a.mov(Mem.qwordPtr(STACK_POINTER, 0), RCX);
        if (op.zero()) {
            for (int y = 1; y <= op.yCount(); y++) {
                e.a.mov(Mem.qwordPtr(STACK_POINTER, 8 * y), new Imm32((int) TermTags.NIL));
            }
        }
        e.later(() -> {
            e.a.bind(grow);
            e.setArgument(0, words);
            e.callHelper(Helper.GROW_STACK, retry);
        });
    }

    /** The saved CP back into the CP register, the frame popped. */
    @Override
    public void deallocate(FrameOps.Deallocate op) {
        pop(e, op.yCount());
    }

    static void pop(Emission e, int yCount) {
        e.a.mov(RAX, Mem.qwordPtr(STACK_POINTER, 0));
        e.a.mov(contextWord(ContextLayout.CONTINUATION), RAX);
        e.a.add(STACK_POINTER, new Imm32(8 * (yCount + 1)));
    }

    /**
     * {@code heap top + need > limit} calls the TEST_HEAP helper (a collection with X0..X(live-1)
     * and the stack as roots), which guarantees the words; the code goes on after the test.
     */
    @Override
    public void testHeap(FrameOps.TestHeap op) {
        Label collect = e.a.newLabel();
        Label done = e.a.newLabel();
        e.a.lea(RAX, Mem.qwordPtr(HEAP_TOP, Math.toIntExact(8 * op.needWords())));
        e.a.cmp(RAX, contextWord(ContextLayout.HEAP_LIMIT));
        e.a.jcc(Condition.A, collect);
        e.a.bind(done);
        e.later(() -> {
            e.a.bind(collect);
            e.setArgument(0, op.needWords());
            e.setArgument(1, op.live());
            e.callHelper(Helper.TEST_HEAP, done);
        });
    }

    @Override
    public void trim(FrameOps.Trim op) {
        e.a.mov(RAX, Mem.qwordPtr(STACK_POINTER, 0));
        e.a.add(STACK_POINTER, new Imm32(8 * op.dropped()));
        e.a.mov(Mem.qwordPtr(STACK_POINTER, 0), RAX);
    }
}

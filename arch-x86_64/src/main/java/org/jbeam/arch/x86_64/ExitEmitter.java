package org.jbeam.arch.x86_64;

import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.entry.ContextLayout;

/**
 * How generated code leaves through the narrow door: the status word in eax, then an indirect
 * jump to the shared exit sequence whose address the entry stub put in the context (so code
 * anywhere in memory reaches it in one instruction, with no rel32 range to worry about).
 * Expects rsp as the entry stub left it; clobbers rax.
 */
public final class ExitEmitter {
    private ExitEmitter() {}

    /** Leaves with {@code status} (an {@code ExitStatus} word). */
    public static void exit(Assembler a, int status) {
        a.mov(EAX, new Imm32(status));
        a.jmp(contextWord(ContextLayout.EXIT_ADDRESS));
    }

    /**
     * Leaves with {@code status} after storing {@code resume}'s address as where Java re-enters
     * (a yield or a helper call).
     */
    public static void exitResumingAt(Assembler a, int status, Label resume) {
        a.lea(RAX, resume);
        a.mov(contextWord(ContextLayout.RESUME_ADDRESS), RAX);
        exit(a, status);
    }
}

package org.jbeam.arch.x86_64;

import static org.jbeam.arch.x86_64.asm.Registers.R12;
import static org.jbeam.arch.x86_64.asm.Registers.R13;
import static org.jbeam.arch.x86_64.asm.Registers.R14;
import static org.jbeam.arch.x86_64.asm.Registers.R15;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RBP;
import static org.jbeam.arch.x86_64.asm.Registers.RBX;

import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Width.Bits64;

/**
 * Which machine registers hold the VM's state while generated code runs (the model is
 * BeamAsm's {@code beam_asm.hpp}): the state every instruction touches is pinned in the six
 * System V callee-saved registers, so it survives any C call a template may make, and the entry
 * stub only has to save the caller's values once.
 *
 * <table>
 * <tr><th>register</th><th>holds</th><th>BeamAsm</th></tr>
 * <tr><td>rbp</td><td>the context block ({@code ContextLayout})</td><td>(scheduler registers via rbx)</td></tr>
 * <tr><td>rbx</td><td>X-register base: X(n) is {@code [rbx + 8n]}</td><td>{@code registers} = rbx</td></tr>
 * <tr><td>r12</td><td>Erlang stack pointer (E)</td><td>E = rsp or rbp</td></tr>
 * <tr><td>r13</td><td>the process</td><td>{@code c_p} = r13</td></tr>
 * <tr><td>r14</td><td>reductions left</td><td>{@code FCALLS} = r14</td></tr>
 * <tr><td>r15</td><td>heap top</td><td>{@code HTOP} = r15</td></tr>
 * </table>
 *
 * <p>Unlike BeamAsm the Erlang stack is not the machine stack: rsp stays on the Java thread's
 * stack, which the JVM owns. The context gets a register of its own because jbeam's X-register
 * file is not laid out next to it. Free for templates: rax (also the exit status), rcx, rdx,
 * rsi, rdi, r8-r11, xmm0-xmm15.
 */
public final class RegisterConventions {
    /** The context block, for the fields not pinned in a register. */
    public static final Gp<Bits64> CONTEXT = RBP;
    /** The address of X0. */
    public static final Gp<Bits64> X_REGISTERS = RBX;
    /** The Erlang stack pointer. */
    public static final Gp<Bits64> STACK_POINTER = R12;
    /** The process. */
    public static final Gp<Bits64> PROCESS = R13;
    /** Reductions left in the slice. */
    public static final Gp<Bits64> REDUCTIONS = R14;
    /** The heap top. */
    public static final Gp<Bits64> HEAP_TOP = R15;
    /** The exit status when generated code leaves (the System V return register). */
    public static final Gp<Bits64> STATUS = RAX;

    private RegisterConventions() {}

    /** X register {@code n} in memory. */
    public static Mem<Bits64> x(int n) {
        return Mem.qwordPtr(X_REGISTERS, 8 * n);
    }

    /** The context word at {@code offset} (a {@code ContextLayout} constant). */
    public static Mem<Bits64> contextWord(int offset) {
        return Mem.qwordPtr(CONTEXT, offset);
    }
}

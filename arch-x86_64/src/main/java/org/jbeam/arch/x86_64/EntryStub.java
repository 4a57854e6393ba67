package org.jbeam.arch.x86_64;

import static org.jbeam.arch.x86_64.RegisterConventions.CONTEXT;
import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.PROCESS;
import static org.jbeam.arch.x86_64.RegisterConventions.REDUCTIONS;
import static org.jbeam.arch.x86_64.RegisterConventions.STACK_POINTER;
import static org.jbeam.arch.x86_64.RegisterConventions.X_REGISTERS;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.asm.Registers.R12;
import static org.jbeam.arch.x86_64.asm.Registers.R13;
import static org.jbeam.arch.x86_64.asm.Registers.R14;
import static org.jbeam.arch.x86_64.asm.Registers.R15;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RBP;
import static org.jbeam.arch.x86_64.asm.Registers.RBX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;
import static org.jbeam.arch.x86_64.asm.Registers.RSP;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.code.CodeMemory;
import org.jbeam.tier.template.code.CodeRegion;
import org.jbeam.tier.template.entry.ContextLayout;

/**
 * The one door from Java into generated code (contract 6): {@code long enter(long context,
 * long address)}, generated at start-up into executable memory and called as a critical FFM
 * downcall (no upcalls inside, short; about 4 ns of call overhead).
 *
 * <p>Entry (System V: context in rdi, address in rsi): saves the callee-saved registers, writes
 * the exit sequence's address into the context, loads the pinned registers
 * ({@link RegisterConventions}) from the context and jumps to {@code address}. Generated code
 * leaves with {@link ExitEmitter}: status in eax, {@code jmp [context + EXIT_ADDRESS]}, rsp as it
 * found it. The exit sequence stores heap top, stack pointer and reductions back to the
 * context, restores the caller's registers and returns the status.
 */
public final class EntryStub implements AutoCloseable {
    /** rbx, rbp, r12-r15 pushed, plus one word so rsp is 16-byte aligned in generated code. */
    private static final int ALIGNMENT_PAD = 8;

    /**
     * The critical downcall {@code (stub, context, address) -> status}, the stub's address its first
     * argument. It must be a constant for C2 to compile the call to a direct native call: a handle
     * in an instance field goes through the method-handle interpreter at every entry (measured: a
     * helper round trip of about 110 ns instead of tens).
     */
    private static final MethodHandle ENTER = Linker.nativeLinker().downcallHandle(
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.critical(false));

    private final CodeRegion region;
    private final long exitAddress;
    private final long codeSize;
    private final MemorySegment entry;

    private EntryStub(CodeRegion region, long entryAddress, long exitAddress, long codeSize) {
        this.region = region;
        this.exitAddress = exitAddress;
        this.codeSize = codeSize;
        this.entry = MemorySegment.ofAddress(entryAddress);
    }

    /** Assembles the stub into a code region of its own. */
    public static EntryStub generate() {
        Assembler a = new Assembler();
        Label exit = a.newLabel();
        emit(a, exit);
        CodeRegion region = CodeMemory.allocate(a.position());
        region.write(0, a.assemble(region.executableAddress()));
        return new EntryStub(region, region.executableAddress(), region.executableAddress() + a.offsetOf(exit),
                a.position());
    }

    /** Emits the entry and the shared exit sequence (bound to {@code exit}). */
    static void emit(Assembler a, Label exit) {
        a.push(RBX);
        a.push(RBP);
        a.push(R12);
        a.push(R13);
        a.push(R14);
        a.push(R15);
        a.sub(RSP, new Imm8(ALIGNMENT_PAD));
        a.mov(CONTEXT, RDI);
        a.lea(RAX, exit);
        a.mov(contextWord(ContextLayout.EXIT_ADDRESS), RAX);
        a.mov(X_REGISTERS, contextWord(ContextLayout.X_REGISTERS));
        a.mov(HEAP_TOP, contextWord(ContextLayout.HEAP_TOP));
        a.mov(STACK_POINTER, contextWord(ContextLayout.STACK_POINTER));
        a.mov(REDUCTIONS, contextWord(ContextLayout.REDUCTIONS));
        a.mov(PROCESS, contextWord(ContextLayout.PROCESS));
        a.jmp(RSI);

        a.align(16);
        a.bind(exit);
        a.mov(contextWord(ContextLayout.HEAP_TOP), HEAP_TOP);
        a.mov(contextWord(ContextLayout.STACK_POINTER), STACK_POINTER);
        a.mov(contextWord(ContextLayout.REDUCTIONS), REDUCTIONS);
        a.add(RSP, new Imm8(ALIGNMENT_PAD));
        a.pop(R15);
        a.pop(R14);
        a.pop(R13);
        a.pop(R12);
        a.pop(RBP);
        a.pop(RBX);
        a.ret();
    }

    /**
     * Runs generated code at {@code address} with the VM state in the context block at
     * {@code context}; returns the status it left with ({@code ExitStatus}).
     */
    public long enter(long context, long address) {
        try {
            return (long) ENTER.invokeExact(entry, context, address);
        } catch (Throwable t) {
            throw new IllegalStateException("the entry downcall failed", t);
        }
    }

    /** The critical downcall handle, {@code (long context, long address) -> long status}. */
    public MethodHandle handle() {
        return MethodHandles.insertArguments(ENTER, 0, entry);
    }

    /** The shared exit sequence's address (also stored in the context at every entry). */
    public long exitAddress() {
        return exitAddress;
    }

    /** The entry sequence's address: the region's first byte. */
    public long entryAddress() {
        return region.executableAddress();
    }

    /** The first byte after the exit sequence. */
    public long endAddress() {
        return region.executableAddress() + codeSize;
    }

    /** The code region the stub lives in. */
    public CodeRegion region() {
        return region;
    }

    /** Releases the stub's code; no thread may be inside it. */
    @Override
    public void close() {
        region.close();
    }
}

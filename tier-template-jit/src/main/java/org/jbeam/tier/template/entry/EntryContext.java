package org.jbeam.tier.template.entry;

import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * One context block in native memory ({@link ContextLayout}): what Java sets before entering
 * generated code and reads after it leaves. A scheduler thread keeps one and reuses it for
 * every process it runs; {@link #close} frees it.
 */
public final class EntryContext implements AutoCloseable {
    private final long address;
    private boolean closed;

    /** A zeroed block. */
    public EntryContext() {
        this.address = NativeAllocator.allocateZeroed(ContextLayout.SIZE);
    }

    /** The block's address: the {@code context} argument of {@code enter(context, address)}. */
    public long address() {
        return address;
    }

    public long xRegisters() {
        return word(ContextLayout.X_REGISTERS);
    }

    public void setXRegisters(long value) {
        setWord(ContextLayout.X_REGISTERS, value);
    }

    public long heapTop() {
        return word(ContextLayout.HEAP_TOP);
    }

    public void setHeapTop(long value) {
        setWord(ContextLayout.HEAP_TOP, value);
    }

    public long heapLimit() {
        return word(ContextLayout.HEAP_LIMIT);
    }

    public void setHeapLimit(long value) {
        setWord(ContextLayout.HEAP_LIMIT, value);
    }

    public long stackPointer() {
        return word(ContextLayout.STACK_POINTER);
    }

    public void setStackPointer(long value) {
        setWord(ContextLayout.STACK_POINTER, value);
    }

    public long reductions() {
        return word(ContextLayout.REDUCTIONS);
    }

    public void setReductions(long value) {
        setWord(ContextLayout.REDUCTIONS, value);
    }

    public long process() {
        return word(ContextLayout.PROCESS);
    }

    public void setProcess(long value) {
        setWord(ContextLayout.PROCESS, value);
    }

    /** The continuation pointer register, a tier-neutral CP word. */
    public long continuation() {
        return word(ContextLayout.CONTINUATION);
    }

    public void setContinuation(long value) {
        setWord(ContextLayout.CONTINUATION, value);
    }

    public long stackLow() {
        return word(ContextLayout.STACK_LOW);
    }

    public void setStackLow(long value) {
        setWord(ContextLayout.STACK_LOW, value);
    }

    /** The pid term of the process the context runs now. */
    public void setProcessId(long value) {
        setWord(ContextLayout.PROCESS_ID, value);
    }

    public void setFloatRegisters(long value) {
        setWord(ContextLayout.FLOAT_REGISTERS, value);
    }


    /** Sets where generated code continues when entered at {@link #resumeAddress}. */
    public void setResumeAddress(long value) {
        setWord(ContextLayout.RESUME_ADDRESS, value);
    }

    /** The exit sequence of the stub that last entered with this context. */
    public long exitAddress() {
        return word(ContextLayout.EXIT_ADDRESS);
    }

    /** Where to re-enter after {@link ExitReason#YIELDED} or {@link ExitReason#CALL_HELPER}. */
    public long resumeAddress() {
        return word(ContextLayout.RESUME_ADDRESS);
    }

    public long argument(int index) {
        return word(ContextLayout.argument(index));
    }

    public void setArgument(int index, long value) {
        setWord(ContextLayout.argument(index), value);
    }

    /** Frees the block; closing again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            NativeAllocator.free(address);
        }
    }

    private long word(int offset) {
        return NativeMemory.word(address + offset);
    }

    private void setWord(int offset, long value) {
        NativeMemory.setWord(address + offset, value);
    }
}

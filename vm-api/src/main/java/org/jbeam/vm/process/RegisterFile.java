package org.jbeam.vm.process;

import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * The X and float registers of one scheduler, as BEAM keeps them per scheduler rather than
 * per process: the running process works in them; a process that yields or waits keeps only
 * its live X registers ({@link ErlangProcess#detachRegisters}). Float registers are never live
 * across a call, so nothing of them is kept.
 */
public final class RegisterFile implements AutoCloseable {
    private final long x;
    private final long floats;
    private boolean closed;

    public RegisterFile() {
        x = NativeAllocator.allocateZeroed((long) ErlangProcess.X_REGISTERS * NativeMemory.WORD_BYTES);
        floats = NativeAllocator.allocateZeroed((long) ErlangProcess.FLOAT_REGISTERS * NativeMemory.WORD_BYTES);
    }

    /** The address of X0. */
    public long x() {
        return x;
    }

    /** The address of float register 0. */
    public long floats() {
        return floats;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            NativeAllocator.free(x);
            NativeAllocator.free(floats);
        }
    }
}

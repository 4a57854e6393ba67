package org.jbeam.tier.template.code;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * One block of executable memory from {@link CodeMemory}: the same pages seen at a writable
 * address (for the JIT) and at an executable address (for the CPU). Code is assembled for
 * {@link #executableAddress()} and stored with {@link #write}. {@link #close} unmaps both views;
 * the owner (later: the module's code) must be sure no thread runs the code any more.
 */
public final class CodeRegion implements AutoCloseable {
    private final long writableAddress;
    private final long executableAddress;
    private final long size;
    private final MemorySegment writable;
    private boolean closed;

    CodeRegion(long writableAddress, long executableAddress, long size) {
        this.writableAddress = writableAddress;
        this.executableAddress = executableAddress;
        this.size = size;
        this.writable = MemorySegment.ofAddress(writableAddress).reinterpret(size);
    }

    /** Where the code runs: the read-execute view's first byte. */
    public long executableAddress() {
        return executableAddress;
    }

    /** The read-write view's first byte: the same memory, never executable. */
    public long writableAddress() {
        return writableAddress;
    }

    /** The region's size in bytes (whole pages). */
    public long size() {
        return size;
    }

    /** Copies {@code code} to {@code offset}, through the writable view. */
    public void write(long offset, byte[] code) {
        if (closed) {
            throw new IllegalStateException("code region is closed");
        }
        if (offset < 0 || offset + code.length > size) {
            throw new IndexOutOfBoundsException("writing " + code.length + " bytes at offset " + offset
                    + " of a " + size + "-byte code region");
        }
        MemorySegment.copy(code, 0, writable, ValueLayout.JAVA_BYTE, offset, code.length);
    }

    /** Whether {@link #close} has released the region. */
    public boolean isClosed() {
        return closed;
    }

    /** Unmaps both views; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CodeMemory.unmap(executableAddress, size);
        CodeMemory.unmap(writableAddress, size);
    }
}

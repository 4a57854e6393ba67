package org.jbeam.arch.x86_64;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.code.CodeMemory;
import org.jbeam.tier.template.code.CodeRegion;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * What a test of generated code needs: the entry stub, a context, an X-register file of 1024
 * zeroed words, and the regions of the code it loaded, all released by {@link #close}.
 */
final class NativeCode implements AutoCloseable {
    static final int X_REGISTER_COUNT = 1024;

    final EntryStub stub = EntryStub.generate();
    final EntryContext context = new EntryContext();
    final long xRegisters = NativeAllocator.allocateZeroed(8L * X_REGISTER_COUNT);
    private final List<CodeRegion> regions = new ArrayList<>();
    private long lastLoad;
    private Assembler lastAssembler;

    NativeCode() {
        context.setXRegisters(xRegisters);
    }

    /** Puts the assembled code in a new region; returns the address of its first byte. */
    long load(Assembler code) {
        CodeRegion region = CodeMemory.allocate(code.position());
        regions.add(region);
        region.write(0, code.assemble(region.executableAddress()));
        lastLoad = region.executableAddress();
        lastAssembler = code;
        return lastLoad;
    }

    /** The run-time address of a label of the code loaded last. */
    long addressOf(Label label) {
        return lastLoad + lastAssembler.offsetOf(label);
    }

    long enter(long address) {
        return stub.enter(context.address(), address);
    }

    long x(int n) {
        return NativeMemory.wordAt(xRegisters, n);
    }

    void setX(int n, long value) {
        NativeMemory.setWordAt(xRegisters, n, value);
    }

    @Override
    public void close() {
        regions.forEach(CodeRegion::close);
        NativeAllocator.free(xRegisters);
        context.close();
        stub.close();
    }
}

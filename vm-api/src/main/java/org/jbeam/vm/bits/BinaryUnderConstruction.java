package org.jbeam.vm.bits;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;

/**
 * The binary OTP 24's construction instructions are filling (erts' {@code erl_bin_state}): made
 * at its final size by {@code bs_init2}/{@code bs_init_bits}/{@code bs_append}, whose target
 * register holds {@link #term()} at once; each {@code bs_put_*} fills the next bits. The bits are
 * written to a Java buffer and each put copies the bytes it touched into the term's memory, so the
 * term a register already holds sees them. A tier keeps the current one per process it runs.
 */
public final class BinaryUnderConstruction {
    private final BitBuilder bits;
    private final long term;
    private final long address;
    private final long totalBits;

    /** Makes the term of {@code out}'s full size (its written bits, zeros after) on {@code heap}. */
    BinaryUnderConstruction(HeapAllocator heap, BitBuilder out) {
        this.bits = out;
        this.totalBits = out.totalBits();
        this.term = out.build(heap);
        this.address = Binaries.bytesAddress(term);
    }

    /** The binary, for the instruction's target register. */
    public long term() {
        return term;
    }

    /** Bits not filled yet. */
    long room() {
        return totalBits - bits.position();
    }

    /** Writes one segment of {@code count} bits and copies the bytes it touched into the term. */
    void write(SegmentSpec s, long value, long count) {
        long from = bits.position();
        Segments.write(bits, s, value, count);
        int firstByte = (int) (from >>> 3);
        int endByte = (int) ((bits.position() + 7) >>> 3);
        NativeMemory.copyIn(bits.bytes(), firstByte, address + firstByte, endByte - firstByte);
    }
}

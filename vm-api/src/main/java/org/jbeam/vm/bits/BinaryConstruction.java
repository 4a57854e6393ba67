package org.jbeam.vm.bits;

import java.util.function.ToLongFunction;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.term.WritableBinaries;

/**
 * {@code bs_create_bin}, OTP 25's one construction instruction ({@code instr_bs.cpp}'s
 * {@code emit_i_bs_create_bin}, {@code erl_bits.c}'s {@code erts_new_bs_put_*}), and
 * {@code bs_init_writable}. As OTP does, it first sizes every segment, then writes them: a size
 * that is not a non-negative integer, a value of the wrong type, a binary shorter than its size, a
 * float size other than 16/32/64 or an invalid code point is {@code badarg}, a size too large to
 * build {@code system_limit}, both with erts' {@code error_info}. Byte-aligned appends grow
 * a writable binary in place, as OTP's do.
 */
public final class BinaryConstruction {
    private BinaryConstruction() {}

    /**
     * Builds the bitstring {@code segments} describe, with the values and sizes the tier read for
     * them (NON_VALUE for a string segment's value; {@link BitMatching#ALL} for {@code all} and the
     * sizes of utf and string segments).
     *
     * @param atoms the atom named by a string, for the failure's {@code error_info} (the tier's atom table)
     */
    public static long create(ErlangProcess process, ToLongFunction<String> atoms, SegmentSpec[] segments,
            long[] values, long[] sizes) {
        try {
            return build(process, segments, values, sizes);
        } catch (SegmentFailure failure) {
            throw failure.plain().withErrorInfo(failureInfo(process, atoms, failure));
        }
    }

    /** {@code bs_init_writable}: the empty binary comprehensions then append to (the size hint unused). */
    public static long initWritable(ErlangProcess process) {
        return Binaries.allocate(process.heap(), 0);
    }

    /** {@code #{cause => {Segment, Op, Info, Value}, function => format_bs_fail, module => erl_erts_errors}}. */
    private static long failureInfo(ErlangProcess process, ToLongFunction<String> atoms, SegmentFailure failure) {
        SegmentSpec s = failure.segment;
        var heap = process.heap();
        long cause = Tuples.make(heap, TermTags.makeSmall(s.number()), atoms.applyAsLong(s.type().operation()),
                atoms.applyAsLong(failure.info), failure.value);
        return Maps.fromPairs(process.order(), heap,
                new long[] {atoms.applyAsLong("cause"), atoms.applyAsLong("function"), atoms.applyAsLong("module")},
                new long[] {cause, atoms.applyAsLong("format_bs_fail"), atoms.applyAsLong("erl_erts_errors")});
    }

    private static long build(ErlangProcess process, SegmentSpec[] segments, long[] values, long[] sizes) {
        long[] bits = new long[segments.length];
        long total = 0;
        for (int k = 0; k < segments.length; k++) {
            bits[k] = Segments.bits(segments[k], values[k], sizes[k]);
            total += bits[k];
            if (total > Segments.MAX_BITS) {
                throw ErlangException.systemLimit("binary too large");
            }
        }
        if (segments[0].type().isAppend() && bits[0] % 8 == 0 && total % 8 == 0) {
            return append(process, segments, values, bits, total);
        }
        BitBuilder out = new BitBuilder(total);
        for (int k = 0; k < segments.length; k++) {
            Segments.write(out, segments[k], values[k], bits[k]);
        }
        return out.build(process.heap());
    }

    /**
     * A byte-aligned append: the new segments go into the spare room of the binary appended
     * to when it has some ({@link WritableBinaries}), else the whole result is copied into a
     * new writable binary, so that a loop of appends copies each byte a bounded number of times.
     */
    private static long append(ErlangProcess process, SegmentSpec[] segments, long[] values, long[] bits,
            long total) {
        BitBuilder tail = new BitBuilder(total - bits[0]);
        for (int k = 1; k < segments.length; k++) {
            Segments.write(tail, segments[k], values[k], bits[k]);
        }
        long inPlace = WritableBinaries.tryAppend(process.heap(), values[0], tail.bytes());
        if (inPlace != TermTags.NON_VALUE) {
            return inPlace;
        }
        BitBuilder whole = new BitBuilder(total);
        whole.putBitstring(values[0], 0, bits[0]);
        whole.putBytes(tail.bytes());
        return WritableBinaries.make(process.heap(), whole.bytes());
    }
}

package org.jbeam.tier.interpreter;

import java.math.BigInteger;
import java.nio.ByteOrder;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.BitSyntaxOps.Segment;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.term.WritableBinaries;

/**
 * {@code bs_create_bin}, OTP 25's one construction instruction ({@code instr_bs.cpp}'s
 * {@code emit_i_bs_create_bin}, {@code erl_bits.c}'s {@code erts_new_bs_put_*}). As OTP does,
 * it first sizes every segment, then writes them: a size that is not a non-negative integer,
 * a value of the wrong type, a binary shorter than its size, a float size other than
 * 16/32/64 or an invalid code point is {@code badarg}; a size too large to build is
 * {@code system_limit}. Byte-aligned appends grow a writable binary in place, as OTP's do.
 */
final class BitSyntaxConstruction {
    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    /** The most bits a binary may hold here: its bytes must fit a Java array. */
    static final long MAX_BITS = 8L * (Integer.MAX_VALUE - 16);

    private BitSyntaxConstruction() {}

    static int createBin(Machine m, BitSyntaxOps.CreateBin i, int pc) {
        long result;
        try {
            result = build(m, i.segments());
        } catch (ErlangException e) {
            if (i.fail() == Instruction.RAISE) {
                throw e;
            }
            return i.fail();
        }
        m.write(i.target(), result);
        return pc + 1;
    }

    static int initWritable(Machine m, int pc) {
        m.process.setX(0, Binaries.allocate(m.process.heap(), 0));
        return pc + 1;
    }

    /**
     * A segment that cannot be built, and why in OTP's words ({@code type}, {@code size},
     * {@code unit}, {@code short}, {@code invalid}): {@link #build} turns it into {@code badarg} with the
     * {@code error_info} erts gives ({@code erts_prepare_bs_construct_fail_info}).
     */
    private static final class SegmentFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String info;
        final transient Segment segment;
        final transient long value;

        SegmentFailure(String info, Segment segment, long value, String detail) {
            super(detail, null, false, false);
            this.info = info;
            this.segment = segment;
            this.value = value;
        }
    }

    private static long build(Machine m, Segment[] segments) {
        long[] values = new long[segments.length];
        for (int k = 0; k < segments.length; k++) {
            values[k] = segments[k].value() == null ? TermTags.NON_VALUE : m.read(segments[k].value());
        }
        try {
            return build(m, segments, values);
        } catch (SegmentFailure failure) {
            throw ErlangException.badarg(failure.getMessage()).withErrorInfo(failureInfo(m, failure));
        }
    }

    /**
     * The bits one segment takes, checked as {@code bs_create_bin} checks it, for the older
     * put instructions ({@link LegacyBitSyntax}): a failure is a plain {@code badarg}, without
     * the {@code error_info} erts only gives {@code bs_create_bin}.
     */
    static long checkedSegmentBits(Machine m, Segment s, long value) {
        try {
            return segmentBits(m, s, value);
        } catch (SegmentFailure failure) {
            throw ErlangException.badarg(failure.getMessage());
        }
    }

    /** Writes one segment sized by {@link #checkedSegmentBits}; a value of the wrong type is a plain badarg. */
    static void writeSegment(BitBuilder out, Segment s, long value, long bits) {
        try {
            write(out, s, value, bits);
        } catch (SegmentFailure failure) {
            throw ErlangException.badarg(failure.getMessage());
        }
    }

    /** {@code #{cause => {Segment, Op, Info, Value}, function => format_bs_fail, module => erl_erts_errors}}. */
    private static long failureInfo(Machine m, SegmentFailure failure) {
        Segment s = failure.segment;
        String op = switch (s.type()) {
            case BINARY, APPEND, PRIVATE_APPEND -> "binary";
            case FLOAT -> "float";
            case INTEGER -> "integer";
            case STRING -> "string";
            case UTF8 -> "utf8";
            case UTF16 -> "utf16";
            case UTF32 -> "utf32";
        };
        var heap = m.process.heap();
        long cause = Tuples.make(heap, TermTags.makeSmall(s.number()), m.interpreter.atom(op),
                m.interpreter.atom(failure.info), failure.value);
        return Maps.fromPairs(m.process.order(), heap,
                new long[] {m.interpreter.atom("cause"), m.interpreter.atom("function"), m.interpreter.atom("module")},
                new long[] {cause, m.interpreter.atom("format_bs_fail"), m.interpreter.atom("erl_erts_errors")});
    }

    private static long build(Machine m, Segment[] segments, long[] values) {
        long[] bits = new long[segments.length];
        long total = 0;
        for (int k = 0; k < segments.length; k++) {
            Segment s = segments[k];
            bits[k] = segmentBits(m, s, values[k]);
            total += bits[k];
            if (total > MAX_BITS) {
                throw ErlangException.systemLimit("binary too large");
            }
        }
        if (isAppend(segments[0]) && bits[0] % 8 == 0 && total % 8 == 0) {
            return append(m, segments, values, bits, total);
        }
        BitBuilder out = new BitBuilder(total);
        for (int k = 0; k < segments.length; k++) {
            write(out, segments[k], values[k], bits[k]);
        }
        return out.build(m.process.heap());
    }

    private static boolean isAppend(Segment s) {
        return s.type() == BitSyntaxOps.SegmentType.APPEND || s.type() == BitSyntaxOps.SegmentType.PRIVATE_APPEND;
    }

    /**
     * A byte-aligned append: the new segments go into the spare room of the binary appended
     * to when it has some ({@link WritableBinaries}), else the whole result is copied into a
     * new writable binary, so that a loop of appends copies each byte a bounded number of times.
     */
    private static long append(Machine m, Segment[] segments, long[] values, long[] bits, long total) {
        BitBuilder tail = new BitBuilder(total - bits[0]);
        for (int k = 1; k < segments.length; k++) {
            write(tail, segments[k], values[k], bits[k]);
        }
        long inPlace = WritableBinaries.tryAppend(m.process.heap(), values[0], tail.bytes());
        if (inPlace != TermTags.NON_VALUE) {
            return inPlace;
        }
        BitBuilder whole = new BitBuilder(total);
        whole.putBitstring(values[0], 0, bits[0]);
        whole.putBytes(tail.bytes());
        return WritableBinaries.make(m.process.heap(), whole.bytes());
    }

    /** The bits a segment takes, checking its size and, where the size depends on it, its value. */
    private static long segmentBits(Machine m, Segment s, long value) {
        return switch (s.type()) {
            case STRING -> 8L * s.bytes().length;
            case UTF8, UTF16, UTF32 -> {
                if (!TermTags.isSmall(value) || !Utf.isValid(TermTags.smallValue(value))) {
                    throw new SegmentFailure("type", s, value, "invalid code point in a utf segment");
                }
                yield Utf.encodedBits(width(s), TermTags.smallValue(value));
            }
            case BINARY, APPEND, PRIVATE_APPEND -> binaryBits(m, s, value);
            case INTEGER -> sizedBits(m, s);
            case FLOAT -> {
                long bits = sizedBits(m, s);
                if (bits != 16 && bits != 32 && bits != 64) {
                    throw new SegmentFailure("invalid", s, m.read(s.size()), "float segment size not 16, 32 or 64");
                }
                yield bits;
            }
        };
    }

    private static int width(Segment s) {
        return switch (s.type()) {
            case UTF8 -> 8;
            case UTF16 -> 16;
            default -> 32;
        };
    }

    /** Size times unit; a bignum size is system_limit, anything else not a natural number badarg. */
    private static long sizedBits(Machine m, Segment s) {
        long size = m.read(s.size());
        if (Integers.isBignum(size) && !Integers.isNegativeBignum(size)) {
            throw ErlangException.systemLimit("segment size too large");
        }
        if (!TermTags.isSmall(size) || TermTags.smallValue(size) < 0) {
            throw new SegmentFailure("size", s, size, "bad segment size");
        }
        long n = TermTags.smallValue(size);
        if (s.unit() != 0 && n > MAX_BITS / s.unit()) {
            throw ErlangException.systemLimit("segment size too large");
        }
        return n * s.unit();
    }

    private static long binaryBits(Machine m, Segment s, long value) {
        if (!Binaries.isBinaryTerm(value)) {
            throw new SegmentFailure("type", s, value, "binary segment value not a bitstring");
        }
        long available = Binaries.bitSize(value);
        if (s.size() == null) {
            if (s.unit() > 1 && available % s.unit() != 0) {
                throw new SegmentFailure("unit", s, value, "bitstring size not a multiple of the unit");
            }
            return available;
        }
        long bits = sizedBits(m, s);
        if (bits > available) {
            throw new SegmentFailure("short", s, value, "binary shorter than its segment size");
        }
        return bits;
    }

    private static boolean isLittle(int flags) {
        return (flags & BitSyntaxOps.LITTLE) != 0 || ((flags & BitSyntaxOps.NATIVE) != 0 && NATIVE_LITTLE);
    }

    private static void write(BitBuilder out, Segment s, long value, long bits) {
        switch (s.type()) {
            case STRING -> out.putBytes(s.bytes());
            case UTF8, UTF16, UTF32 -> Utf.encode(out, width(s), TermTags.smallValue(value), isLittle(s.flags()));
            case BINARY, APPEND, PRIVATE_APPEND -> out.putBitstring(value, 0, bits);
            case INTEGER -> writeInteger(out, s, value, bits);
            case FLOAT -> writeFloat(out, s, value, (int) bits);
        }
    }

    private static void writeInteger(BitBuilder out, Segment s, long value, long bits) {
        boolean little = isLittle(s.flags());
        if (TermTags.isSmall(value) && !little && bits <= 64) {
            out.putBits(TermTags.smallValue(value), (int) bits);
        } else if (Integers.isInteger(value)) {
            out.putInteger(Integers.toBigInteger(value), bits, little);
        } else {
            throw new SegmentFailure("type", s, value, "integer segment value not an integer");
        }
    }

    /**
     * IEEE 754 half-precision bits of {@code d}, rounded once to nearest-even as OTP does
     * (going through {@code float} would round twice and differ near halfway points).
     */
    static long halfBits(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long sign = (bits >>> 63) << 15;
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0x7FF) {
            return sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0);
        }
        if (exponent == 0) {
            return sign; // a double subnormal is far below the smallest half subnormal
        }
        int unbiased = exponent - 1023;
        long full = mantissa | (1L << 52);
        if (unbiased < -14) {
            // Half subnormal: units of 2^-24; a carry into 0x400 makes the smallest normal.
            return sign | roundShift(full, 28 - unbiased);
        }
        if (unbiased > 15) {
            return sign | 0x7C00;
        }
        // A carry out of the mantissa bumps the exponent, up to infinity (0x7C00) at the top.
        return sign | (((long) (unbiased + 15) << 10) + roundShift(full, 42) - 0x400);
    }

    /** {@code value >>> shift} rounded to nearest, ties to even. */
    private static long roundShift(long value, int shift) {
        if (shift > 62) {
            return 0;
        }
        long quotient = value >>> shift;
        long rest = value & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || (rest == half && (quotient & 1) == 1)) {
            quotient++;
        }
        return quotient;
    }

    private static void writeFloat(BitBuilder out, Segment s, long value, int bits) {
        boolean little = isLittle(s.flags());
        double d;
        if (Floats.isFloat(value)) {
            d = Floats.value(value);
        } else if (Integers.isInteger(value)) {
            d = Integers.toBigInteger(value).doubleValue();
            if (Double.isInfinite(d)) {
                throw new SegmentFailure("type", s, value, "integer too large for a float segment");
            }
        } else {
            throw new SegmentFailure("type", s, value, "float segment value not a number");
        }
        long raw = switch (bits) {
            case 16 -> halfBits(d);
            case 32 -> Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL;
            default -> Double.doubleToRawLongBits(d);
        };
        if (little) {
            out.putInteger(BigInteger.valueOf(raw), bits, true);
        } else {
            out.putBits(raw, bits);
        }
    }
}

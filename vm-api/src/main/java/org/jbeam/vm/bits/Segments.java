package org.jbeam.vm.bits;

import java.math.BigInteger;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * One construction segment, sized and written (OTP's {@code erts_new_bs_put_integer},
 * {@code erts_new_bs_put_binary}, {@code erts_new_bs_put_float}, {@code erts_bs_put_utf8}...), for
 * both construction forms. Sizing checks the size and, where the size depends on it, the value; a
 * segment that cannot be built throws {@link SegmentFailure}, a size too large to build
 * {@code system_limit} (a SegmentFailure marked so). A segment's size is a term, {@link BitMatching#ALL} for {@code all} and for
 * utf and string segments, which carry their own.
 */
final class Segments {
    /** The most bits a binary may hold here: its bytes must fit a Java array. */
    static final long MAX_BITS = 8L * (Integer.MAX_VALUE - 16);

    private Segments() {}

    /** The bits a segment takes, checking its size and, where the size depends on it, its value. */
    static long bits(SegmentSpec s, long value, long size) {
        return switch (s.type()) {
            case STRING -> 8L * s.bytes().length;
            case UTF8, UTF16, UTF32 -> {
                if (!TermTags.isSmall(value) || !Utf.isValid(TermTags.smallValue(value))) {
                    throw new SegmentFailure("type", s, value, "invalid code point in a utf segment");
                }
                yield Utf.encodedBits(s.type().utfWidth(), TermTags.smallValue(value));
            }
            case BINARY, APPEND, PRIVATE_APPEND -> binaryBits(s, value, size);
            case INTEGER -> sizedBits(s, size);
            case FLOAT -> {
                long bits = sizedBits(s, size);
                if (bits != 16 && bits != 32 && bits != 64) {
                    throw new SegmentFailure("invalid", s, size, "float segment size not 16, 32 or 64");
                }
                yield bits;
            }
        };
    }

    /** Size times unit; a bignum size is system_limit, anything else not a natural number badarg. */
    private static long sizedBits(SegmentSpec s, long size) {
        if (Integers.isBignum(size) && !Integers.isNegativeBignum(size)) {
            throw new SegmentFailure("size", s, size, "segment size too large", true);
        }
        if (!TermTags.isSmall(size) || TermTags.smallValue(size) < 0) {
            throw new SegmentFailure("size", s, size, "bad segment size");
        }
        long n = TermTags.smallValue(size);
        if (s.unit() != 0 && n > MAX_BITS / s.unit()) {
            throw new SegmentFailure("size", s, size, "segment size too large", true);
        }
        return n * s.unit();
    }

    private static long binaryBits(SegmentSpec s, long value, long size) {
        if (!Binaries.isBinaryTerm(value)) {
            throw new SegmentFailure("type", s, value, "binary segment value not a bitstring");
        }
        long available = Binaries.bitSize(value);
        if (size == BitMatching.ALL) {
            if (s.unit() > 1 && available % s.unit() != 0) {
                throw new SegmentFailure("unit", s, value, "bitstring size not a multiple of the unit");
            }
            return available;
        }
        long bits = sizedBits(s, size);
        if (bits > available) {
            throw new SegmentFailure("short", s, value, "binary shorter than its segment size");
        }
        return bits;
    }

    /** Writes a segment of {@code bits} bits, as sized by {@link #bits}. */
    static void write(BitBuilder out, SegmentSpec s, long value, long bits) {
        switch (s.type()) {
            case STRING -> out.putBytes(s.bytes());
            case UTF8, UTF16, UTF32 -> Utf.encode(out, s.type().utfWidth(), TermTags.smallValue(value),
                    SegmentFlags.isLittle(s.flags()));
            case BINARY, APPEND, PRIVATE_APPEND -> out.putBitstring(value, 0, bits);
            case INTEGER -> writeInteger(out, s, value, bits);
            case FLOAT -> writeFloat(out, s, value, (int) bits);
        }
    }

    private static void writeInteger(BitBuilder out, SegmentSpec s, long value, long bits) {
        boolean little = SegmentFlags.isLittle(s.flags());
        if (TermTags.isSmall(value) && !little && bits <= 64) {
            out.putBits(TermTags.smallValue(value), (int) bits);
        } else if (Integers.isInteger(value)) {
            out.putInteger(Integers.toBigInteger(value), bits, little);
        } else {
            throw new SegmentFailure("type", s, value, "integer segment value not an integer");
        }
    }

    private static void writeFloat(BitBuilder out, SegmentSpec s, long value, int bits) {
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
            case 16 -> HalfPrecision.bits(d);
            case 32 -> Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL;
            default -> Double.doubleToRawLongBits(d);
        };
        if (SegmentFlags.isLittle(s.flags())) {
            out.putInteger(BigInteger.valueOf(raw), bits, true);
        } else {
            out.putBits(raw, bits);
        }
    }
}

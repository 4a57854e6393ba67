package org.jbeam.vm.bits;

import java.math.BigInteger;
import java.util.Arrays;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.BitStrings;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.MatchStates;
import org.jbeam.vm.term.TermTags;

/**
 * Bit-syntax matching over {@link MatchStates} (OTP's {@code erl_bits.c}:
 * {@code erts_bs_start_match_3}, {@code erts_bs_get_integer_2}, {@code erts_bs_get_float_2},
 * {@code erts_bs_get_binary_2}, {@code erts_bs_get_utf8}...; the instructions
 * {@code bs_start_match3/4}, {@code bs_get_*2}, {@code bs_skip_*}, {@code bs_test_tail2},
 * {@code bs_test_unit}, {@code bs_get_tail}, {@code bs_get_position}, {@code bs_set_position},
 * {@code bs_match_string}). A segment that does not fit, a bad size, or an invalid float or code
 * point fails (NON_VALUE or false; the tier jumps to its fail label) and leaves the position where
 * it was. A segment's size is a term: a non-negative small integer, or {@link #ALL} for the rest of
 * the bits.
 */
public final class BitMatching {
    /** The size of a segment that takes the rest of the bits (the compiler's {@code all}). */
    public static final long ALL = TermTags.NON_VALUE;
    /** A size that cannot be matched (negative, not an integer, or past any bitstring). */
    private static final long BAD_SIZE = -1;

    private BitMatching() {}

    /**
     * {@code bs_start_match3/4}: a new match state over {@code source}, or {@code source} itself
     * when it already is one (the compiler reuses states), or NON_VALUE when it is no bitstring.
     */
    public static long startMatch(HeapAllocator heap, long source) {
        if (MatchStates.isMatchState(source)) {
            return source;
        }
        if (Binaries.isBinaryTerm(source)) {
            return MatchStates.make(heap, source);
        }
        return TermTags.NON_VALUE;
    }

    /**
     * The match state {@code term} is. The compiler only names registers that hold one; a
     * malformed module that does not gets badarg here rather than reading a stray object.
     */
    public static long state(long term) {
        if (!MatchStates.isMatchState(term)) {
            throw ErlangException.badarg("bit-syntax instruction on a register without a match state");
        }
        return term;
    }

    /** {@code bs_get_position}: the position as a small integer. */
    public static long position(long state) {
        return TermTags.makeSmall(MatchStates.position(state));
    }

    /** {@code bs_set_position}: badarg for a position that is no small integer inside the bitstring. */
    public static void setPosition(long state, long position) {
        if (!TermTags.isSmall(position) || TermTags.smallValue(position) < 0
                || TermTags.smallValue(position) > MatchStates.size(state)) {
            throw ErlangException.badarg("bs_set_position outside the bitstring");
        }
        MatchStates.setPosition(state, TermTags.smallValue(position));
    }

    /** {@code bs_get_tail}: the bits after the position as a sub-binary. */
    public static long tail(HeapAllocator heap, long state) {
        return BitStrings.slice(heap, MatchStates.bitstring(state), MatchStates.position(state),
                MatchStates.remaining(state));
    }

    /** {@code bs_test_tail2}: exactly {@code bits} bits remain. */
    public static boolean testTail(long state, long bits) {
        return MatchStates.remaining(state) == bits;
    }

    /** {@code bs_test_unit}: the bits remaining are a multiple of {@code unit}. */
    public static boolean testUnit(long state, int unit) {
        return MatchStates.remaining(state) % unit == 0;
    }

    /** {@code bs_skip_bits2}: false when the segment does not fit. */
    public static boolean skip(long state, long size, int unit) {
        long bits = bits(state, size, unit);
        if (bits == BAD_SIZE) {
            return false;
        }
        MatchStates.setPosition(state, MatchStates.position(state) + bits);
        return true;
    }

    /**
     * The bits a segment of {@code size} times {@code unit} takes, or {@link #BAD_SIZE} when the
     * size is not a non-negative small integer or more bits are asked than remain. {@link #ALL}
     * takes the rest, which must be a multiple of the unit.
     */
    private static long bits(long state, long size, int unit) {
        long remaining = MatchStates.remaining(state);
        if (size == ALL) {
            return remaining % unit == 0 ? remaining : BAD_SIZE;
        }
        if (!TermTags.isSmall(size) || TermTags.smallValue(size) < 0) {
            return BAD_SIZE;
        }
        long value = TermTags.smallValue(size);
        if (unit != 0 && value > remaining / unit) {
            return BAD_SIZE;
        }
        return value * unit;
    }

    /** {@code bs_get_integer2}: the integer, or NON_VALUE when the segment does not fit. */
    public static long getInteger(HeapAllocator heap, long state, long size, int unit, int flags) {
        long bits = bits(state, size, unit);
        if (bits == BAD_SIZE) {
            return TermTags.NON_VALUE;
        }
        long position = MatchStates.position(state);
        long bitstring = MatchStates.bitstring(state);
        boolean signed = SegmentFlags.isSigned(flags);
        boolean little = SegmentFlags.isLittle(flags);
        long result;
        if (bits <= 63 && !little) {
            // The common case (bytes, 16/32-bit fields) without a BigInteger.
            long value = BitStrings.readBits(bitstring, position, (int) bits);
            if (signed && bits > 0 && (value >>> (bits - 1)) != 0) {
                value -= 1L << bits;
            }
            result = Integers.fromLong(heap, value);
        } else {
            result = Integers.fromBigInteger(heap, readInteger(bitstring, position, bits, little, signed));
        }
        MatchStates.setPosition(state, position + bits);
        return result;
    }

    /**
     * {@code bits} bits as an integer. Little-endian reads whole bytes least significant first,
     * the bits after them (count mod 8) being the most significant part, as OTP writes them.
     */
    static BigInteger readInteger(long bitstring, long position, long bits, boolean little, boolean signed) {
        BigInteger value;
        if (bits <= 63 && !little) {
            value = BigInteger.valueOf(BitStrings.readBits(bitstring, position, (int) bits));
        } else if (!little) {
            value = new BigInteger(1, BitStrings.extract(bitstring, position, bits));
            value = value.shiftRight((int) ((8 - (bits & 7)) & 7));
        } else {
            value = readLittle(bitstring, position, bits);
        }
        if (signed && bits > 0 && value.testBit((int) bits - 1)) {
            value = value.subtract(BigInteger.ONE.shiftLeft((int) bits));
        }
        return value;
    }

    private static BigInteger readLittle(long bitstring, long position, long bits) {
        int whole = (int) (bits >>> 3);
        int tail = (int) (bits & 7);
        byte[] bigEndian = new byte[whole + 1];
        for (int k = 0; k < whole; k++) {
            bigEndian[whole - k] = (byte) BitStrings.byteAt(bitstring, position + 8L * k);
        }
        if (tail != 0) {
            bigEndian[0] = (byte) BitStrings.readBits(bitstring, position + 8L * whole, tail);
        }
        return new BigInteger(1, bigEndian);
    }

    /** {@code bs_get_float2}: the float, or NON_VALUE for a size other than 16/32/64 or a NaN/infinity. */
    public static long getFloat(HeapAllocator heap, long state, long size, int unit, int flags) {
        long bits = bits(state, size, unit);
        if (bits != 16 && bits != 32 && bits != 64) {
            return TermTags.NON_VALUE;
        }
        long position = MatchStates.position(state);
        long raw = readInteger(MatchStates.bitstring(state), position, bits, SegmentFlags.isLittle(flags), false)
                .longValue();
        double value = switch ((int) bits) {
            case 16 -> Float.float16ToFloat((short) raw);
            case 32 -> Float.intBitsToFloat((int) raw);
            default -> Double.longBitsToDouble(raw);
        };
        if (!Double.isFinite(value)) {
            return TermTags.NON_VALUE;
        }
        MatchStates.setPosition(state, position + bits);
        return Floats.make(heap, value);
    }

    /** {@code bs_get_binary2}: a sub-binary, or NON_VALUE when the segment does not fit. */
    public static long getBinary(HeapAllocator heap, long state, long size, int unit) {
        long bits = bits(state, size, unit);
        if (bits == BAD_SIZE) {
            return TermTags.NON_VALUE;
        }
        long position = MatchStates.position(state);
        long result = BitStrings.slice(heap, MatchStates.bitstring(state), position, bits);
        MatchStates.setPosition(state, position + bits);
        return result;
    }

    /**
     * {@code bs_get_utf8/16/32} and {@code bs_skip_utf*} ({@code width} 8, 16 or 32): the code
     * point as a small integer, or NON_VALUE when the bits are no valid encoding.
     */
    public static long getUtf(long state, int width, int flags) {
        long decoded = switch (width) {
            case 8 -> Utf.decode8(state);
            case 16 -> Utf.decode16(state, SegmentFlags.isLittle(flags));
            default -> Utf.decode32(state, SegmentFlags.isLittle(flags));
        };
        if (decoded < 0) {
            return TermTags.NON_VALUE;
        }
        // decoded packs the code point (low 32 bits) and the bits it took (high bits).
        MatchStates.setPosition(state, MatchStates.position(state) + (decoded >>> 32));
        return TermTags.makeSmall(decoded & 0xFFFF_FFFFL);
    }

    /** {@code bs_match_string}: the next {@code bits} bits equal those of {@code bytes}. */
    public static boolean matchString(long state, long bits, byte[] bytes) {
        if (MatchStates.remaining(state) < bits) {
            return false;
        }
        long position = MatchStates.position(state);
        byte[] actual = BitStrings.extract(MatchStates.bitstring(state), position, bits);
        byte[] expected = bytes.clone();
        int tail = (int) (bits & 7);
        if (tail != 0) {
            expected[expected.length - 1] &= (byte) (0xFF << (8 - tail));
        }
        if (!Arrays.equals(actual, expected)) {
            return false;
        }
        MatchStates.setPosition(state, position + bits);
        return true;
    }
}

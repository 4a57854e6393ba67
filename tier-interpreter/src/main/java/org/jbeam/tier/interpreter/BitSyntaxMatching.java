package org.jbeam.tier.interpreter;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.BitStrings;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.MatchStates;
import org.jbeam.vm.term.TermTags;

/**
 * The bit-syntax match instructions over {@link MatchStates} (OTP's {@code instr_bs.cpp} and
 * {@code erl_bits.c}: {@code erts_bs_start_match_3}, {@code erts_bs_get_integer_2},
 * {@code erts_bs_get_float_2}, {@code erts_bs_get_binary_2}, {@code erts_bs_get_utf8}...).
 * A segment that does not fit, a bad size or an invalid float or code point jumps to the
 * fail label and leaves the position where it was.
 */
final class BitSyntaxMatching {
    /** What OTP's native endianness means on this machine. */
    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    /** A size that cannot be matched (negative, not an integer, or past any bitstring). */
    private static final long BAD_SIZE = -1;

    private BitSyntaxMatching() {}

    static int startMatch(Machine m, BitSyntaxOps.StartMatch i, int pc) {
        long source = m.read(i.source());
        if (MatchStates.isMatchState(source)) {
            m.write(i.target(), source);
        } else if (Binaries.isBinaryTerm(source)) {
            m.write(i.target(), MatchStates.make(m.process.heap(), source));
        } else if (i.fail() == Instruction.RAISE) {
            throw ErlangException.badarg("bs_start_match of a non-binary");
        } else {
            return i.fail();
        }
        return pc + 1;
    }

    /**
     * The match state in {@code context}. The compiler only names registers that hold one;
     * a malformed module that does not gets badarg here rather than reading a stray object.
     */
    private static long state(Machine m, Source context) {
        long state = m.read(context);
        if (!MatchStates.isMatchState(state)) {
            throw ErlangException.badarg("bit-syntax instruction on a register without a match state");
        }
        return state;
    }

    static int getPosition(Machine m, BitSyntaxOps.GetPosition i, int pc) {
        m.write(i.target(), TermTags.makeSmall(MatchStates.position(state(m, i.context()))));
        return pc + 1;
    }

    static int setPosition(Machine m, BitSyntaxOps.SetPosition i, int pc) {
        long position = m.read(i.position());
        long state = state(m, i.context());
        if (!TermTags.isSmall(position) || TermTags.smallValue(position) < 0
                || TermTags.smallValue(position) > MatchStates.size(state)) {
            throw ErlangException.badarg("bs_set_position outside the bitstring");
        }
        MatchStates.setPosition(state, TermTags.smallValue(position));
        return pc + 1;
    }

    static int getTail(Machine m, BitSyntaxOps.GetTail i, int pc) {
        long state = state(m, i.context());
        long tail = BitStrings.slice(m.process.heap(), MatchStates.bitstring(state), MatchStates.position(state),
                MatchStates.remaining(state));
        m.write(i.target(), tail);
        return pc + 1;
    }

    static int testTail(Machine m, BitSyntaxOps.TestTail i, int pc) {
        return MatchStates.remaining(state(m, i.context())) == i.bits() ? pc + 1 : i.fail();
    }

    static int testUnit(Machine m, BitSyntaxOps.TestUnit i, int pc) {
        return MatchStates.remaining(state(m, i.context())) % i.unit() == 0 ? pc + 1 : i.fail();
    }

    static int skipBits(Machine m, BitSyntaxOps.SkipBits i, int pc) {
        long state = state(m, i.context());
        long bits = bits(m, state, i.size(), i.unit());
        if (bits == BAD_SIZE) {
            return i.fail();
        }
        MatchStates.setPosition(state, MatchStates.position(state) + bits);
        return pc + 1;
    }

    /**
     * The bits a segment of {@code size} times {@code unit} takes, or {@link #BAD_SIZE} when the
     * size is not a non-negative small integer or more bits are asked than remain. A null size
     * ({@code all}) takes the rest, which must be a multiple of the unit.
     */
    private static long bits(Machine m, long state, Source size, int unit) {
        long remaining = MatchStates.remaining(state);
        if (size == null) {
            return remaining % unit == 0 ? remaining : BAD_SIZE;
        }
        long term = m.read(size);
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) < 0) {
            return BAD_SIZE;
        }
        long value = TermTags.smallValue(term);
        if (unit != 0 && value > remaining / unit) {
            return BAD_SIZE;
        }
        return value * unit;
    }

    static int getInteger(Machine m, BitSyntaxOps.GetInteger i, int pc) {
        long state = state(m, i.context());
        long bits = bits(m, state, i.size(), i.unit());
        if (bits == BAD_SIZE) {
            return i.fail();
        }
        long position = MatchStates.position(state);
        long bitstring = MatchStates.bitstring(state);
        boolean signed = (i.flags() & BitSyntaxOps.SIGNED) != 0;
        long result;
        if (bits <= 63 && !isLittle(i.flags())) {
            // The common case (bytes, 16/32-bit fields) without a BigInteger.
            long value = BitStrings.readBits(bitstring, position, (int) bits);
            if (signed && bits > 0 && (value >>> (bits - 1)) != 0) {
                value -= 1L << bits;
            }
            result = Integers.fromLong(m.process.heap(), value);
        } else {
            result = Integers.fromBigInteger(m.process.heap(), readInteger(bitstring, position, bits,
                    isLittle(i.flags()), signed));
        }
        MatchStates.setPosition(state, position + bits);
        m.write(i.target(), result);
        return pc + 1;
    }

    private static boolean isLittle(int flags) {
        return (flags & BitSyntaxOps.LITTLE) != 0 || ((flags & BitSyntaxOps.NATIVE) != 0 && NATIVE_LITTLE);
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

    static int getFloat(Machine m, BitSyntaxOps.GetFloat i, int pc) {
        long state = state(m, i.context());
        long bits = bits(m, state, i.size(), i.unit());
        if (bits != 16 && bits != 32 && bits != 64) {
            return i.fail();
        }
        long position = MatchStates.position(state);
        long raw = readInteger(MatchStates.bitstring(state), position, bits, isLittle(i.flags()), false).longValue();
        double value = switch ((int) bits) {
            case 16 -> Float.float16ToFloat((short) raw);
            case 32 -> Float.intBitsToFloat((int) raw);
            default -> Double.longBitsToDouble(raw);
        };
        if (!Double.isFinite(value)) {
            return i.fail();
        }
        MatchStates.setPosition(state, position + bits);
        m.write(i.target(), Floats.make(m.process.heap(), value));
        return pc + 1;
    }

    static int getBinary(Machine m, BitSyntaxOps.GetBinary i, int pc) {
        long state = state(m, i.context());
        long bits = bits(m, state, i.size(), i.unit());
        if (bits == BAD_SIZE) {
            return i.fail();
        }
        long position = MatchStates.position(state);
        m.write(i.target(), BitStrings.slice(m.process.heap(), MatchStates.bitstring(state), position, bits));
        MatchStates.setPosition(state, position + bits);
        return pc + 1;
    }

    static int getUtf(Machine m, BitSyntaxOps.GetUtf i, int pc) {
        long state = state(m, i.context());
        long decoded = switch (i.width()) {
            case 8 -> Utf.decode8(state);
            case 16 -> Utf.decode16(state, isLittle(i.flags()));
            default -> Utf.decode32(state, isLittle(i.flags()));
        };
        if (decoded < 0) {
            return i.fail();
        }
        // decoded packs the code point (low 32 bits) and the bits it took (high bits).
        MatchStates.setPosition(state, MatchStates.position(state) + (decoded >>> 32));
        if (i.target() != null) {
            m.write(i.target(), TermTags.makeSmall(decoded & 0xFFFF_FFFFL));
        }
        return pc + 1;
    }

    static int matchString(Machine m, BitSyntaxOps.MatchString i, int pc) {
        long state = state(m, i.context());
        if (MatchStates.remaining(state) < i.bits()) {
            return i.fail();
        }
        long position = MatchStates.position(state);
        byte[] actual = BitStrings.extract(MatchStates.bitstring(state), position, i.bits());
        byte[] expected = i.bytes().clone();
        int tail = (int) (i.bits() & 7);
        if (tail != 0) {
            expected[expected.length - 1] &= (byte) (0xFF << (8 - tail));
        }
        if (!Arrays.equals(actual, expected)) {
            return i.fail();
        }
        MatchStates.setPosition(state, position + i.bits());
        return pc + 1;
    }
}

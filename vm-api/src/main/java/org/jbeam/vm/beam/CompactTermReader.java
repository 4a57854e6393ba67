package org.jbeam.vm.beam;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes BEAM's compact term encoding of instruction operands and line items.
 *
 * <p>The format, as {@code beam_asm:encode/2} writes it: the low three bits of the first
 * byte are the tag ({@code u i a x y f h z}). With bit 3 clear the value is the top four
 * bits; with bit 3 set and bit 4 clear it is the top three bits followed by one more byte;
 * with both set the top three bits give a byte count minus 2 (or, when 7, a following
 * {@code u}-tagged count minus 9) of big-endian bytes, signed only for tag {@code i}. Tag
 * {@code z} introduces the extended kinds: float, list, float register, allocation list,
 * literal and (OTP 25) typed register.
 */
public final class CompactTermReader {
    public static final int TAG_U = 0;
    public static final int TAG_I = 1;
    public static final int TAG_A = 2;
    public static final int TAG_X = 3;
    public static final int TAG_Y = 4;
    public static final int TAG_F = 5;
    public static final int TAG_H = 6;
    public static final int TAG_Z = 7;

    /** More bytes than any sane bignum operand needs (OTP's own limit is larger, memory-bound). */
    private static final int MAX_NUMBER_BYTES = 1 << 16;

    private final ChunkReader in;

    public CompactTermReader(ChunkReader in) {
        this.in = in;
    }

    /** The next complete operand; lists are allowed only at the top level. */
    public Operand read() throws BeamLoadException {
        return read(true);
    }

    /** The raw tag and number of the next item, without interpreting the extended tag. */
    public Tagged readTagged() throws BeamLoadException {
        int first = in.u8();
        int tag = first & 0x7;
        if ((first & 0x08) == 0) {
            return new Tagged(tag, first >>> 4, null);
        }
        if ((first & 0x10) == 0) {
            return new Tagged(tag, ((long) (first >>> 5) << 8) | in.u8(), null);
        }
        int count = first >>> 5;
        if (count < 7) {
            count += 2;
        } else {
            Tagged size = readTagged();
            if (size.tag() != TAG_U || size.big() != null || size.value() > MAX_NUMBER_BYTES - 9) {
                throw in.fail("bad length prefix of a large number");
            }
            count = (int) size.value() + 9;
        }
        byte[] digits = in.bytes(count);
        BigInteger value = tag == TAG_I ? new BigInteger(digits) : new BigInteger(1, digits);
        if (value.bitLength() < 64) {
            return new Tagged(tag, value.longValueExact(), null);
        }
        return new Tagged(tag, 0, value);
    }

    private Operand read(boolean listAllowed) throws BeamLoadException {
        int at = in.position();
        Tagged t = readTagged();
        return switch (t.tag()) {
            case TAG_U -> new Operand.Unsigned(t.nonNegative(in, at));
            case TAG_I -> t.big() != null ? new Operand.BigIntegerValue(t.big()) : new Operand.IntegerValue(t.value());
            case TAG_A -> t.nonNegative(in, at) == 0 ? new Operand.Nil() : new Operand.Atom(t.index(in, at));
            case TAG_X -> new Operand.XRegister(t.index(in, at));
            case TAG_Y -> new Operand.YRegister(t.index(in, at));
            case TAG_F -> new Operand.Label(t.index(in, at));
            case TAG_H -> new Operand.Character(t.index(in, at));
            default -> readExtended(t, at, listAllowed);
        };
    }

    private Operand readExtended(Tagged t, int at, boolean listAllowed) throws BeamLoadException {
        if (t.big() != null || t.value() > 15) {
            throw in.failAt(at, "malformed extended operand tag");
        }
        return switch ((int) t.value()) {
            case 0 -> new Operand.FloatValue(Double.longBitsToDouble(readLong()));
            case 1 -> readList(at, listAllowed);
            case 2 -> new Operand.FloatRegister(readIndex("float register"));
            case 3 -> readAllocationList();
            case 4 -> new Operand.Literal(readIndex("literal index"));
            case 5 -> readTypedRegister();
            default -> throw in.failAt(at, "unknown extended operand tag " + t.value());
        };
    }

    private long readLong() throws BeamLoadException {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | in.u8();
        }
        return bits;
    }

    private Operand readList(int at, boolean listAllowed) throws BeamLoadException {
        if (!listAllowed) {
            throw in.failAt(at, "list operand nested in a list");
        }
        int size = readIndex("list size");
        if (size > in.remaining()) {
            throw in.failAt(at, "list of " + size + " operands exceeds the " + in.remaining() + " bytes left");
        }
        List<Operand> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(read(false));
        }
        return new Operand.OperandList(elements);
    }

    private Operand readAllocationList() throws BeamLoadException {
        int entries = readIndex("allocation list size");
        long words = 0;
        long floats = 0;
        long funs = 0;
        for (int i = 0; i < entries; i++) {
            int kindAt = in.position();
            int kind = readIndex("allocation kind");
            long amount = readIndex("allocation amount");
            switch (kind) {
                case 0 -> words += amount;
                case 1 -> floats += amount;
                case 2 -> funs += amount;
                default -> throw in.failAt(kindAt, "unknown allocation kind " + kind);
            }
        }
        return new Operand.AllocationList(words, floats, funs);
    }

    private Operand readTypedRegister() throws BeamLoadException {
        int at = in.position();
        Operand register = read(false);
        if (!(register instanceof Operand.Register r)) {
            throw in.failAt(at, "typed register wraps a non-register operand");
        }
        return new Operand.TypedRegister(r, readIndex("type index"));
    }

    /** A {@code u}-tagged number that must fit an {@code int}. */
    private int readIndex(String what) throws BeamLoadException {
        int at = in.position();
        Tagged t = readTagged();
        if (t.tag() != TAG_U) {
            throw in.failAt(at, what + " is not tagged u");
        }
        return t.index(in, at);
    }

    /**
     * One raw compact-encoded item.
     *
     * @param big the value when it does not fit in 64 bits (then {@code value} is 0)
     */
    public record Tagged(int tag, long value, BigInteger big) {
        /** The value as a non-negative {@code long}; negative or oversized values are load errors. */
        public long nonNegative(ChunkReader in, int at) throws BeamLoadException {
            if (big != null || value < 0) {
                throw in.failAt(at, "operand value out of range");
            }
            return value;
        }

        /** The value as a non-negative {@code int}. */
        public int index(ChunkReader in, int at) throws BeamLoadException {
            long v = nonNegative(in, at);
            if (v > Integer.MAX_VALUE) {
                throw in.failAt(at, "operand value " + v + " out of range");
            }
            return (int) v;
        }
    }
}

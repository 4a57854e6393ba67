package org.jbeam.vm.bits;

import org.jbeam.vm.term.BitStrings;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.MatchStates;

/**
 * UTF-8/16/32 segments (OTP's {@code erts_bs_get_utf8}, {@code erts_bs_get_utf16},
 * {@code erts_bs_put_utf8}...): a code point is valid when it is in 0..16#10FFFF and not a
 * surrogate (16#D800..16#DFFF); UTF-8 must be the shortest form. Decoders return -1 when
 * the bits at the match position are not a valid encoding, else the code point in the low
 * 32 bits and the number of bits it took above them.
 */
public final class Utf {
    private Utf() {}

    public static boolean isValid(long codePoint) {
        return codePoint >= 0 && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
    }

    private static long decoded(long codePoint, long bits) {
        return bits << 32 | codePoint;
    }

    public static long decode8(long state) {
        long bitstring = MatchStates.bitstring(state);
        long position = MatchStates.position(state);
        long remaining = MatchStates.remaining(state);
        if (remaining < 8) {
            return -1;
        }
        int first = BitStrings.byteAt(bitstring, position);
        int length;
        long codePoint;
        long minimum;
        if (first < 0x80) {
            return decoded(first, 8);
        } else if ((first & 0xE0) == 0xC0) {
            length = 2;
            codePoint = first & 0x1F;
            minimum = 0x80;
        } else if ((first & 0xF0) == 0xE0) {
            length = 3;
            codePoint = first & 0x0F;
            minimum = 0x800;
        } else if ((first & 0xF8) == 0xF0) {
            length = 4;
            codePoint = first & 0x07;
            minimum = 0x10000;
        } else {
            return -1;
        }
        if (remaining < 8L * length) {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            int next = BitStrings.byteAt(bitstring, position + 8L * k);
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = codePoint << 6 | (next & 0x3F);
        }
        return codePoint >= minimum && isValid(codePoint) ? decoded(codePoint, 8L * length) : -1;
    }

    public static long decode16(long state, boolean little) {
        long bitstring = MatchStates.bitstring(state);
        long position = MatchStates.position(state);
        long remaining = MatchStates.remaining(state);
        if (remaining < 16) {
            return -1;
        }
        long first = unit16(bitstring, position, little);
        if (first < 0xD800 || first > 0xDFFF) {
            return decoded(first, 16);
        }
        if (first > 0xDBFF || remaining < 32) {
            return -1;
        }
        long second = unit16(bitstring, position + 16, little);
        if (second < 0xDC00 || second > 0xDFFF) {
            return -1;
        }
        return decoded(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 32);
    }

    private static long unit16(long bitstring, long position, boolean little) {
        return BitMatching.readInteger(bitstring, position, 16, little, false).longValue();
    }

    public static long decode32(long state, boolean little) {
        if (MatchStates.remaining(state) < 32) {
            return -1;
        }
        long codePoint = BitMatching.readInteger(MatchStates.bitstring(state), MatchStates.position(state), 32,
                little, false).longValue();
        return isValid(codePoint) ? decoded(codePoint, 32) : -1;
    }

    /** Bits the encoding of a valid code point takes. */
    public static int encodedBits(int width, long codePoint) {
        return switch (width) {
            case 8 -> codePoint < 0x80 ? 8 : codePoint < 0x800 ? 16 : codePoint < 0x10000 ? 24 : 32;
            case 16 -> codePoint < 0x10000 ? 16 : 32;
            default -> 32;
        };
    }

    public static void encode(BitBuilder out, int width, long codePoint, boolean little) {
        switch (width) {
            case 8 -> encode8(out, codePoint);
            case 16 -> {
                if (codePoint < 0x10000) {
                    putUnit(out, codePoint, 16, little);
                } else {
                    long offset = codePoint - 0x10000;
                    putUnit(out, 0xD800 + (offset >>> 10), 16, little);
                    putUnit(out, 0xDC00 + (offset & 0x3FF), 16, little);
                }
            }
            default -> putUnit(out, codePoint, 32, little);
        }
    }

    private static void putUnit(BitBuilder out, long value, int bits, boolean little) {
        out.putInteger(java.math.BigInteger.valueOf(value), bits, little);
    }

    private static void encode8(BitBuilder out, long c) {
        if (c < 0x80) {
            out.putBits(c, 8);
        } else if (c < 0x800) {
            out.putBits(0xC0 | c >>> 6, 8);
            out.putBits(0x80 | c & 0x3F, 8);
        } else if (c < 0x10000) {
            out.putBits(0xE0 | c >>> 12, 8);
            out.putBits(0x80 | c >>> 6 & 0x3F, 8);
            out.putBits(0x80 | c & 0x3F, 8);
        } else {
            out.putBits(0xF0 | c >>> 18, 8);
            out.putBits(0x80 | c >>> 12 & 0x3F, 8);
            out.putBits(0x80 | c >>> 6 & 0x3F, 8);
            out.putBits(0x80 | c & 0x3F, 8);
        }
    }
}

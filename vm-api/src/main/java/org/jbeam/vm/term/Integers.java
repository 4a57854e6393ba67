package org.jbeam.vm.term;

import java.math.BigInteger;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Integers: small (60-bit immediates) and bignums. A bignum is a header whose arity is the
 * number of 64-bit digits and whose subtag gives the sign, then the magnitude's digits,
 * least significant first (OTP's {@code big.h} layout with 64-bit digits). An integer that
 * fits a small is always a small.
 */
public final class Integers {
    private Integers() {}

    public static boolean isBignum(long term) {
        if (!TermTags.isBoxed(term)) {
            return false;
        }
        int subtag = TermTags.headerSubtag(Boxed.header(term));
        return subtag == TermTags.POSITIVE_BIG_SUBTAG || subtag == TermTags.NEGATIVE_BIG_SUBTAG;
    }

    public static boolean isInteger(long term) {
        return TermTags.isSmall(term) || isBignum(term);
    }

    public static long fromLong(HeapAllocator heap, long value) {
        if (TermTags.fitsSmall(value)) {
            return TermTags.makeSmall(value);
        }
        boolean negative = value < 0;
        long magnitude = negative ? -value : value; // Long.MIN_VALUE stays its own magnitude bits
        long address = heap.allocate(2);
        NativeMemory.setWord(address, TermTags.makeHeader(1,
                negative ? TermTags.NEGATIVE_BIG_SUBTAG : TermTags.POSITIVE_BIG_SUBTAG));
        NativeMemory.setWordAt(address, 1, magnitude);
        return TermTags.makeBoxed(address);
    }

    public static long fromBigInteger(HeapAllocator heap, BigInteger value) {
        if (value.bitLength() < 64) {
            return fromLong(heap, value.longValue());
        }
        boolean negative = value.signum() < 0;
        // One pass over the big-endian bytes: shifting the value once per digit would be quadratic.
        BigInteger magnitude = value.abs();
        byte[] bytes = magnitude.toByteArray();
        int digits = (magnitude.bitLength() + 63) / 64;
        long address = heap.allocate(digits + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(digits,
                negative ? TermTags.NEGATIVE_BIG_SUBTAG : TermTags.POSITIVE_BIG_SUBTAG));
        for (int i = 0; i < digits; i++) {
            long digit = 0;
            for (int b = 7; b >= 0; b--) {
                int at = bytes.length - 1 - (i * 8 + b);
                digit = (digit << 8) | (at >= 0 ? bytes[at] & 0xFF : 0);
            }
            NativeMemory.setWordAt(address, i + 1, digit);
        }
        return TermTags.makeBoxed(address);
    }

    public static boolean isNegativeBignum(long bignum) {
        return TermTags.headerSubtag(Boxed.header(bignum)) == TermTags.NEGATIVE_BIG_SUBTAG;
    }

    /** The number of 64-bit digits of a bignum's magnitude. */
    public static int digitCount(long bignum) {
        return (int) TermTags.headerArity(Boxed.header(bignum));
    }

    /** Digit {@code index} (0 is least significant) of a bignum's magnitude, unsigned. */
    public static long digit(long bignum, int index) {
        return Boxed.field(bignum, index + 1);
    }

    public static BigInteger toBigInteger(long term) {
        if (TermTags.isSmall(term)) {
            return BigInteger.valueOf(TermTags.smallValue(term));
        }
        int digits = digitCount(term);
        byte[] magnitude = new byte[digits * 8];
        for (int i = 0; i < digits; i++) {
            long d = digit(term, i);
            for (int b = 0; b < 8; b++) {
                magnitude[magnitude.length - 1 - (i * 8 + b)] = (byte) (d >>> (8 * b));
            }
        }
        BigInteger value = new BigInteger(1, magnitude);
        return isNegativeBignum(term) ? value.negate() : value;
    }
}

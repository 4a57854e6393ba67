package org.jbeam.vm.term;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

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

    /** 64-bit words in a byte array, most significant byte first (BigInteger's order). */
    private static final VarHandle BIG_ENDIAN_WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
        BigInteger magnitude = value.abs();
        // BigInteger gives its magnitude only as big-endian bytes: read them a digit at a time
        // (the top digit may be short).
        byte[] bigEndian = magnitude.toByteArray();
        long[] digits = new long[(magnitude.bitLength() + 63) / 64];
        for (int i = 0; i < digits.length; i++) {
            int end = bigEndian.length - i * NativeMemory.WORD_BYTES;
            if (end >= NativeMemory.WORD_BYTES) {
                digits[i] = (long) BIG_ENDIAN_WORDS.get(bigEndian, end - NativeMemory.WORD_BYTES);
            } else {
                for (int b = 0; b < end; b++) {
                    digits[i] = (digits[i] << 8) | (bigEndian[b] & 0xFF);
                }
            }
        }
        return fromMagnitude(heap, value.signum() < 0, digits, digits.length);
    }

    /**
     * The magnitude of an integer as 64-bit digits, least significant first: a bignum's digits,
     * or a small's absolute value as one digit (0 for zero).
     */
    public static long[] magnitude(long integer) {
        if (TermTags.isSmall(integer)) {
            return new long[] {Math.abs(TermTags.smallValue(integer))};
        }
        long[] digits = new long[digitCount(integer)];
        NativeMemory.copyOutWords(TermTags.pointer(integer) + NativeMemory.WORD_BYTES, digits, 0, digits.length);
        return digits;
    }

    /** Whether an integer is below zero. */
    public static boolean isNegative(long integer) {
        return TermTags.isSmall(integer) ? TermTags.smallValue(integer) < 0 : isNegativeBignum(integer);
    }

    /**
     * The integer of sign {@code negative} and magnitude {@code digits[0..length)} (least
     * significant first, unsigned): a small when it fits, else a bignum without leading zero digits.
     */
    public static long fromMagnitude(HeapAllocator heap, boolean negative, long[] digits, int length) {
        int used = length;
        while (used > 0 && digits[used - 1] == 0) {
            used--;
        }
        if (used == 0) {
            return TermTags.makeSmall(0);
        }
        if (used == 1 && digits[0] >= 0) {
            return fromLong(heap, negative ? -digits[0] : digits[0]);
        }
        long address = heap.allocate(used + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(used,
                negative ? TermTags.NEGATIVE_BIG_SUBTAG : TermTags.POSITIVE_BIG_SUBTAG));
        NativeMemory.copyInWords(digits, 0, address + NativeMemory.WORD_BYTES, used);
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
        long[] digits = magnitude(term);
        byte[] bigEndian = new byte[digits.length * NativeMemory.WORD_BYTES];
        for (int i = 0; i < digits.length; i++) {
            BIG_ENDIAN_WORDS.set(bigEndian, (digits.length - 1 - i) * NativeMemory.WORD_BYTES, digits[i]);
        }
        BigInteger value = new BigInteger(1, bigEndian);
        return isNegativeBignum(term) ? value.negate() : value;
    }
}

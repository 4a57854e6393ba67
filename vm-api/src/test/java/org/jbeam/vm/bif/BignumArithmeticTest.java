package org.jbeam.vm.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.Test;

/**
 * Integer {@code +}, {@code -} and {@code *} of {@link Arithmetic} against {@link BigInteger}:
 * smalls and bignums of both signs, digits of all ones (carries through every digit), sums that
 * cancel, results that shrink back to smalls.
 */
class BignumArithmeticTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Values around every boundary the digit code has: small limits, one and two digits, all-ones digits. */
    private static List<BigInteger> values(Random random) {
        List<BigInteger> values = new ArrayList<>();
        for (BigInteger base : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.shiftLeft(59),
                BigInteger.ONE.shiftLeft(59).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(63), TWO_64,
                TWO_64.subtract(BigInteger.ONE), TWO_64.pow(2).subtract(BigInteger.ONE), TWO_64.pow(3),
                TWO_64.pow(5).subtract(BigInteger.ONE)}) {
            for (int delta = -1; delta <= 1; delta++) {
                values.add(base.add(BigInteger.valueOf(delta)));
                values.add(base.add(BigInteger.valueOf(delta)).negate());
            }
        }
        for (int i = 0; i < 40; i++) {
            BigInteger value = new BigInteger(1 + random.nextInt(400), random);
            values.add(random.nextBoolean() ? value : value.negate());
        }
        return values;
    }

    @Test
    void addSubtractAndMultiplyAgreeWithBigInteger() {
        Random random = new Random(7);
        List<BigInteger> values = values(random);
        try (HeapFragments heap = new HeapFragments(4096)) {
            for (BigInteger x : values) {
                for (BigInteger y : values) {
                    long a = Integers.fromBigInteger(heap, x);
                    long b = Integers.fromBigInteger(heap, y);
                    check(x.add(y), Arithmetic.add(heap, a, b), x + " + " + y);
                    check(x.subtract(y), Arithmetic.subtract(heap, a, b), x + " - " + y);
                    check(x.multiply(y), Arithmetic.multiply(heap, a, b), x + " * " + y);
                }
            }
        }
    }

    /** The result is the right value, and in normal form: a small when it fits, no leading zero digit. */
    private static void check(BigInteger expected, long term, String what) {
        assertEquals(expected, Integers.toBigInteger(term), what);
        boolean fitsSmall = expected.bitLength() < 64 && TermTags.fitsSmall(expected.longValue());
        assertEquals(fitsSmall, TermTags.isSmall(term), what + " as a small");
        if (!fitsSmall) {
            assertEquals((expected.abs().bitLength() + 63) / 64, Integers.digitCount(term), what + " digits");
            assertTrue(Integers.digit(term, Integers.digitCount(term) - 1) != 0, what + " top digit");
        }
    }
}

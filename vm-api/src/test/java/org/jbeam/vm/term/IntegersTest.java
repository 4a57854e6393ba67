package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.Test;

/** Integers to and from {@link BigInteger}: every size around the digit boundaries, both signs. */
class IntegersTest {
    @Test
    void bignumsRoundTripThroughBigIntegerAtEverySize() {
        Random random = new Random(42);
        try (HeapFragments heap = new HeapFragments(1024)) {
            for (int bits = 1; bits <= 1300; bits++) {
                for (BigInteger magnitude : new BigInteger[] {BigInteger.ONE.shiftLeft(bits - 1),
                        BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), new BigInteger(bits, random)}) {
                    for (BigInteger value : new BigInteger[] {magnitude, magnitude.negate()}) {
                        long term = Integers.fromBigInteger(heap, value);
                        assertEquals(value, Integers.toBigInteger(term), "round trip of " + value);
                        if (!TermTags.fitsSmall(value.bitLength() < 64 ? value.longValue() : Long.MAX_VALUE)) {
                            assertTrue(Integers.isBignum(term), value + " is a bignum");
                            assertEquals((value.abs().bitLength() + 63) / 64, Integers.digitCount(term));
                        }
                    }
                }
            }
        }
    }

    @Test
    void digitsAreLeastSignificantFirst() {
        try (HeapFragments heap = new HeapFragments(64)) {
            BigInteger value = BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)).negate();
            long term = Integers.fromBigInteger(heap, value);
            assertEquals(5, Integers.digit(term, 0));
            assertEquals(1, Integers.digit(term, 1));
            assertTrue(Integers.isNegativeBignum(term));
        }
    }
}

package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.Test;

class TermModelTest {
    @Test
    void smallIntegersUseSixtyBitsAndTagF() {
        assertEquals(0x1F, TermTags.makeSmall(1));
        assertEquals(-1, TermTags.smallValue(TermTags.makeSmall(-1)));
        assertTrue(TermTags.fitsSmall(TermTags.MAX_SMALL));
        assertFalse(TermTags.fitsSmall(TermTags.MAX_SMALL + 1));
        assertEquals(TermTags.MIN_SMALL, TermTags.smallValue(TermTags.makeSmall(TermTags.MIN_SMALL)));
    }

    @Test
    void nilAndAtomTagsMatchOtp() {
        assertEquals(0x3B, TermTags.NIL);
        assertEquals(0x4B, TermTags.makeAtom(1));
        assertTrue(TermTags.isAtom(TermTags.makeAtom(7)));
        assertFalse(TermTags.isAtom(TermTags.NIL));
    }

    @Test
    void integersOutsideSmallRangeBecomeBignums() {
        try (HeapFragments heap = new HeapFragments()) {
            BigInteger big = BigInteger.TWO.pow(200).negate().add(BigInteger.valueOf(12345));
            long term = Integers.fromBigInteger(heap, big);
            assertTrue(Integers.isBignum(term));
            assertEquals(4, Integers.digitCount(term));
            assertEquals(big, Integers.toBigInteger(term));
            long edge = Integers.fromLong(heap, Long.MIN_VALUE);
            assertEquals(BigInteger.valueOf(Long.MIN_VALUE), Integers.toBigInteger(edge));
            assertTrue(TermTags.isSmall(Integers.fromLong(heap, TermTags.MAX_SMALL)));
        }
    }

    @Test
    void bignumsOfEverySizeReadBackWhatWasBuilt() {
        java.util.Random random = new java.util.Random(42);
        try (HeapFragments heap = new HeapFragments()) {
            for (int bits = 60; bits <= 4200; bits += 1 + bits / 7) {
                for (BigInteger value : List.of(BigInteger.TWO.pow(bits), BigInteger.TWO.pow(bits).subtract(BigInteger.ONE),
                        new BigInteger(bits, random).setBit(bits - 1))) {
                    for (BigInteger signed : List.of(value, value.negate())) {
                        long term = Integers.fromBigInteger(heap, signed);
                        assertEquals(signed, Integers.toBigInteger(term), signed.toString(16));
                        if (Integers.isBignum(term)) {
                            assertEquals((signed.abs().bitLength() + 63) / 64, Integers.digitCount(term));
                        }
                    }
                }
            }
        }
    }

    @Test
    void tuplesListsAndFloatsReadBackWhatWasBuilt() {
        try (HeapFragments heap = new HeapFragments()) {
            long f = Floats.make(heap, 2.5);
            long t = Tuples.make(heap, TermTags.makeSmall(1), f);
            long l = Lists.of(heap, t, TermTags.NIL);
            assertEquals(2, Lists.properLength(l));
            assertEquals(t, Lists.head(l));
            assertEquals(2, Tuples.arity(t));
            assertEquals(2.5, Floats.value(Tuples.element(t, 2)));
            assertEquals(-1, Lists.properLength(Lists.cons(heap, TermTags.NIL, TermTags.makeSmall(3))));
        }
    }

    @Test
    void largeBinariesLiveOffHeapAndSubBinariesShiftBits() {
        try (HeapFragments heap = new HeapFragments()) {
            byte[] bytes = new byte[100];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            long refc = Binaries.make(heap, bytes);
            assertEquals(TermTags.REFC_BINARY_SUBTAG, Boxed.subtag(refc));
            assertEquals(1, Binaries.offHeapReferences(refc));
            assertArrayEquals(bytes, Binaries.toByteArray(refc));
            long small = Binaries.make(heap, new byte[] {(byte) 0b1010_1100, (byte) 0b0101_0000});
            assertEquals(TermTags.HEAP_BINARY_SUBTAG, Boxed.subtag(small));
            long sub = Binaries.subBinary(heap, small, 2, 7);
            assertEquals(7, Binaries.bitSize(sub));
            assertArrayEquals(new byte[] {(byte) 0b1011_0000}, Binaries.toByteArray(sub));
        }
    }
}

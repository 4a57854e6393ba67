package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.memory.NativeMemory;
import org.junit.jupiter.api.Test;

/**
 * The match-state layout a collector relies on, and bit-level reads and writes. Expected
 * bytes are worked out by hand from the bit-syntax rules; the interpreter's
 * {@code BitSyntaxOracleTest} compares the same operations with erl.
 */
class BitStringsTest {
    @Test
    void aMatchStateIsAHeaderTwoRawWordsAndOneTermLast() {
        try (HeapFragments heap = new HeapFragments()) {
            long binary = Binaries.make(heap, new byte[] {1, 2, 3});
            long state = MatchStates.make(heap, binary);
            long header = Boxed.header(state);
            assertEquals(TermTags.MATCH_STATE_SUBTAG, TermTags.headerSubtag(header));
            assertEquals(3, TermTags.headerArity(header), "arity counts the words after the header");
            long address = TermTags.pointer(state);
            assertEquals(binary, NativeMemory.wordAt(address, 3), "word 3, the last, is the bitstring term");
            MatchStates.setPosition(state, 6);
            assertEquals(6, NativeMemory.wordAt(address, 1), "word 1 is the raw bit position");
            assertEquals(24, NativeMemory.wordAt(address, 2), "word 2 is the raw bit size");
            assertEquals(18, MatchStates.remaining(state));
        }
    }

    @Test
    void readsCrossByteBoundariesAndSlicesOfSlicesShareTheOriginal() {
        try (HeapFragments heap = new HeapFragments()) {
            long binary = Binaries.make(heap, new byte[] {(byte) 0xF0, 0x0F, (byte) 0xAA});
            assertEquals(0b1000_0000_0111L, BitStrings.readBits(binary, 3, 12));
            long slice = BitStrings.slice(heap, binary, 3, 18);
            long inner = BitStrings.slice(heap, slice, 2, 8);
            assertEquals(0x01, BitStrings.byteAt(inner, 0));
            assertEquals(binary, Boxed.field(inner, 5), "a slice of a slice points at the original");
            assertArrayEquals(new byte[] {(byte) 0x80, 0x7D, 0x40}, BitStrings.extract(binary, 3, 18));
        }
    }

    @Test
    void littleEndianIntegersPutTheirTopBitsInTheLastPartialByte() {
        try (HeapFragments heap = new HeapFragments()) {
            BitBuilder out = new BitBuilder(24);
            out.putInteger(BigInteger.valueOf(0x10F), 12, true); // bytes 0F then the 4 bits 0001
            out.putInteger(BigInteger.valueOf(-1), 12, false);
            long built = out.build(heap);
            assertArrayEquals(new byte[] {0x0F, 0x1F, (byte) 0xFF}, Binaries.toByteArray(built));
        }
    }

    @Test
    void binariesOverSixtyFourBytesAreRefcAndUnalignedOnesAreSubBinaries() {
        try (HeapFragments heap = new HeapFragments()) {
            BitBuilder big = new BitBuilder(65 * 8);
            long built = big.build(heap);
            assertEquals(TermTags.REFC_BINARY_SUBTAG, Boxed.subtag(built));
            BitBuilder odd = new BitBuilder(9);
            odd.putBits(0x1FF, 9);
            long bits = odd.build(heap);
            assertEquals(9, Binaries.bitSize(bits));
            assertTrue(Binaries.isBinaryTerm(bits));
        }
    }

    @Test
    void anAppendToTheLatestWritableBinaryWritesInPlaceAndAnOlderOneDoesNot() {
        try (HeapFragments heap = new HeapFragments()) {
            long first = WritableBinaries.make(heap, new byte[] {1, 2});
            long second = WritableBinaries.tryAppend(heap, first, new byte[] {3});
            assertEquals(Boxed.field(first, Binaries.REFC_BINARY_WORD), Boxed.field(second, Binaries.REFC_BINARY_WORD),
                    "the same off-heap block");
            assertEquals(2, Binaries.offHeapReferences(second));
            assertArrayEquals(new byte[] {1, 2}, Binaries.toByteArray(first), "the older binary keeps its size");
            assertArrayEquals(new byte[] {1, 2, 3}, Binaries.toByteArray(second));
            assertEquals(TermTags.NON_VALUE, WritableBinaries.tryAppend(heap, first, new byte[] {9}),
                    "bytes after the older binary are taken");
            assertEquals(TermTags.NON_VALUE, WritableBinaries.tryAppend(heap, Binaries.make(heap, new byte[100]),
                    new byte[] {9}), "an ordinary refc binary is not writable");
            assertEquals(TermTags.NON_VALUE, WritableBinaries.tryAppend(heap, second, new byte[300]),
                    "no room left");
        }
    }
}

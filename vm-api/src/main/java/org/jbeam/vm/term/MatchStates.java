package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Binary match states (OTP's {@code ErlBinMatchState}, made by {@code bs_start_match3/4}): a
 * cursor over one bitstring that the {@code bs_get_*}/{@code bs_skip_*} instructions advance.
 *
 * <pre>
 * word 0  header(arity 3, MATCH_STATE_SUBTAG)   arity = the 3 words that follow, as for tuples
 * word 1  position                               RAW: bits from the bitstring's first bit
 * word 2  size                                   RAW: the bitstring's size in bits
 * word 3  the matched bitstring                  a TERM: a boxed heap, refc or sub binary
 * </pre>
 *
 * Only word 3 is a term, and it comes last, as every object's term fields do (the collector
 * scans an object's words after its raw ones as terms); a collector copies the object as 4
 * words, updates word 3 like any boxed field and copies words 1 and 2 verbatim. No word holds an address: position and size
 * are relative to the bitstring, so moving the bitstring or the state keeps it valid. Unlike
 * OTP's state there are no saved-position slots: OTP 25's compiler keeps saved positions in
 * registers ({@code bs_get_position}/{@code bs_set_position}) as small integers.
 */
public final class MatchStates {
    /** Words after the header. */
    public static final int ARITY = 3;
    private static final int POSITION_WORD = 1;
    private static final int SIZE_WORD = 2;
    private static final int BINARY_WORD = 3;

    private MatchStates() {}

    public static boolean isMatchState(long term) {
        return TermTags.isBoxed(term) && Boxed.subtag(term) == TermTags.MATCH_STATE_SUBTAG;
    }

    /** A new state at the start of {@code bitstring}. */
    public static long make(HeapAllocator heap, long bitstring) {
        long address = heap.allocate(1 + ARITY);
        NativeMemory.setWord(address, TermTags.makeHeader(ARITY, TermTags.MATCH_STATE_SUBTAG));
        NativeMemory.setWordAt(address, BINARY_WORD, bitstring);
        NativeMemory.setWordAt(address, POSITION_WORD, 0);
        NativeMemory.setWordAt(address, SIZE_WORD, Binaries.bitSize(bitstring));
        return TermTags.makeBoxed(address);
    }

    public static long bitstring(long state) {
        return Boxed.field(state, BINARY_WORD);
    }

    public static long position(long state) {
        return Boxed.field(state, POSITION_WORD);
    }

    public static void setPosition(long state, long bits) {
        Boxed.setField(state, POSITION_WORD, bits);
    }

    public static long size(long state) {
        return Boxed.field(state, SIZE_WORD);
    }

    /** Bits left after the position. */
    public static long remaining(long state) {
        return size(state) - position(state);
    }
}

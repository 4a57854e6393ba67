package org.jbeam.vm.term;

/**
 * The tagging scheme of terms, as OTP's {@code erts/emulator/beam/erl_term.h} defines it for
 * 64-bit machines.
 *
 * <pre>
 * primary tag (2 bits)   00 header   01 list (cons pointer)   10 boxed pointer   11 immediate
 * immediate-1 (4 bits)   0011 pid    0111 port    1011 immediate-2    1111 small integer
 * immediate-2 (6 bits)   001011 atom   011011 catch   111011 nil
 * header (6 bits)        arity &lt;&lt; 6 | subtag (4 bits) &lt;&lt; 2 | 00
 * </pre>
 *
 * Pointers are 8-byte aligned absolute addresses with the primary tag in their low two bits.
 */
public final class TermTags {
    private TermTags() {}

    public static final int PRIMARY_MASK = 0x3;
    public static final int PRIMARY_HEADER = 0x0;
    public static final int PRIMARY_LIST = 0x1;
    public static final int PRIMARY_BOXED = 0x2;
    public static final int PRIMARY_IMMEDIATE1 = 0x3;

    public static final int IMMEDIATE1_MASK = 0xF;
    public static final int IMMEDIATE1_SIZE = 4;
    public static final int PID = 0x3;
    public static final int PORT = 0x7;
    public static final int IMMEDIATE2 = 0xB;
    public static final int SMALL_INTEGER = 0xF;

    public static final int IMMEDIATE2_MASK = 0x3F;
    public static final int IMMEDIATE2_SIZE = 6;
    public static final int ATOM = 0x0B;
    public static final int CATCH = 0x1B;
    public static final int NIL_TAG = 0x3B;

    /** The empty list {@code []}. */
    public static final long NIL = NIL_TAG;
    /**
     * A word that is never a valid term: used for "no value" (OTP's THE_NON_VALUE). It has a
     * header primary tag and arity 0 of subtag 0, a tuple header nothing ever points to as
     * a term.
     */
    public static final long NON_VALUE = 0;

    /** Header subtags (bits 2-5 of a header word, primary tag included). */
    public static final int HEADER_SUBTAG_MASK = 0x3F;
    public static final int ARITY_OFFSET = 6;
    public static final int TUPLE_SUBTAG = 0x00;
    public static final int MATCH_STATE_SUBTAG = 0x04;
    public static final int POSITIVE_BIG_SUBTAG = 0x08;
    public static final int NEGATIVE_BIG_SUBTAG = 0x0C;
    public static final int REF_SUBTAG = 0x10;
    public static final int FUN_SUBTAG = 0x14;
    public static final int FLOAT_SUBTAG = 0x18;
    public static final int EXPORT_SUBTAG = 0x1C;
    public static final int REFC_BINARY_SUBTAG = 0x20;
    public static final int HEAP_BINARY_SUBTAG = 0x24;
    public static final int SUB_BINARY_SUBTAG = 0x28;
    public static final int EXTERNAL_PID_SUBTAG = 0x30;
    public static final int EXTERNAL_PORT_SUBTAG = 0x34;
    public static final int EXTERNAL_REF_SUBTAG = 0x38;
    public static final int MAP_SUBTAG = 0x3C;

    /** Small integers carry 60 bits, two's complement. */
    public static final long MAX_SMALL = (1L << 59) - 1;
    public static final long MIN_SMALL = -(1L << 59);

    public static int primaryTag(long term) {
        return (int) term & PRIMARY_MASK;
    }

    public static boolean isImmediate(long term) {
        return (term & PRIMARY_MASK) == PRIMARY_IMMEDIATE1;
    }

    public static boolean isList(long term) {
        return (term & PRIMARY_MASK) == PRIMARY_LIST;
    }

    public static boolean isBoxed(long term) {
        return (term & PRIMARY_MASK) == PRIMARY_BOXED;
    }

    public static boolean isNil(long term) {
        return term == NIL;
    }

    // Small integers.

    public static boolean isSmall(long term) {
        return (term & IMMEDIATE1_MASK) == SMALL_INTEGER;
    }

    public static boolean fitsSmall(long value) {
        return value >= MIN_SMALL && value <= MAX_SMALL;
    }

    /** The small integer term for {@code value}, which must satisfy {@link #fitsSmall}. */
    public static long makeSmall(long value) {
        return (value << IMMEDIATE1_SIZE) | SMALL_INTEGER;
    }

    public static long smallValue(long term) {
        return term >> IMMEDIATE1_SIZE;
    }

    // Atoms.

    public static boolean isAtom(long term) {
        return (term & IMMEDIATE2_MASK) == ATOM;
    }

    public static long makeAtom(int index) {
        return ((long) index << IMMEDIATE2_SIZE) | ATOM;
    }

    public static int atomIndex(long term) {
        return (int) (term >>> IMMEDIATE2_SIZE);
    }

    // Catch tags: an index into the code server's catch table, opaque to GC.

    public static boolean isCatch(long term) {
        return (term & IMMEDIATE2_MASK) == CATCH;
    }

    public static long makeCatch(long index) {
        return (index << IMMEDIATE2_SIZE) | CATCH;
    }

    public static long catchIndex(long term) {
        return term >>> IMMEDIATE2_SIZE;
    }

    // Local pids and ports: their data (number and serial) lives above the 4-bit tag.

    public static boolean isLocalPid(long term) {
        return (term & IMMEDIATE1_MASK) == PID;
    }

    public static long makeLocalPid(long data) {
        return (data << IMMEDIATE1_SIZE) | PID;
    }

    public static long localPidData(long term) {
        return term >>> IMMEDIATE1_SIZE;
    }

    public static boolean isLocalPort(long term) {
        return (term & IMMEDIATE1_MASK) == PORT;
    }

    public static long makeLocalPort(long data) {
        return (data << IMMEDIATE1_SIZE) | PORT;
    }

    public static long localPortData(long term) {
        return term >>> IMMEDIATE1_SIZE;
    }

    // Pointers.

    public static long makeList(long address) {
        return address | PRIMARY_LIST;
    }

    public static long makeBoxed(long address) {
        return address | PRIMARY_BOXED;
    }

    /** The address a list or boxed term points to. */
    public static long pointer(long term) {
        return term & ~(long) PRIMARY_MASK;
    }

    // Headers.

    public static long makeHeader(long arity, int subtag) {
        return (arity << ARITY_OFFSET) | subtag;
    }

    public static boolean isHeader(long word) {
        return (word & PRIMARY_MASK) == PRIMARY_HEADER;
    }

    public static int headerSubtag(long header) {
        return (int) header & HEADER_SUBTAG_MASK;
    }

    public static long headerArity(long header) {
        return header >>> ARITY_OFFSET;
    }
}

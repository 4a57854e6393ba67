package org.jbeam.vm.term;

import org.jbeam.vm.code.FunEntry;

import static org.jbeam.vm.term.HashMix.HCONST;
import static org.jbeam.vm.term.HashMix.hash1;
import static org.jbeam.vm.term.HashMix.hash2;
import static org.jbeam.vm.term.HashMix.hconst;

/**
 * The VM-internal term hash, OTP 25's {@code make_internal_hash(term, salt)} in
 * {@code utils.c}: the hash that places map keys in the hash-array-mapped trie.
 *
 * <p>Like OTP's, it is not portable: immediates (small integers, atoms, local pids and ports)
 * are hashed by their raw word, so atom keys hash by their atom index. Every bit that matters
 * for {@code =:=} goes into it, and {@code -0.0} hashes as {@code 0.0}. Where OTP mixes in a
 * pointer (an export entry, a remote node), jbeam mixes in what identifies it here: the export
 * entry's address (entries never move) and, for remote identifiers, the node atom and creation.
 *
 * <p>The walk is OTP's: an explicit stack of terms still to hash, visited depth first.
 */
public final class InternalHash {
    /** A header word, never a term, marking "the tail of a cons was just hashed" (OTP's HASH_CDR). */
    private static final long HASH_CDR = TermTags.makeHeader(3, TermTags.REF_SUBTAG);

    /**
     * OTP's {@code INTERNAL_HASH_SALT}, a 32-bit prime every hash starts from (xor the caller's
     * salt) so that it differs from {@code phash2} on the same term.
     */
    private static final int INTERNAL_HASH_SALT = (int) 3432918353L;

    private final TermStack stack = new TermStack();
    private int hash;

    private InternalHash(int start) {
        this.hash = start;
    }

    public static int hash(long term) {
        return hash(term, 0);
    }

    public static int hash(long term, int salt) {
        int start = salt ^ INTERNAL_HASH_SALT;
        if (TermTags.isImmediate(term)) {
            return hash2((int) term, (int) (term >>> 32), HCONST, start);
        }
        return new InternalHash(start).run(term);
    }

    private int run(long term) {
        long current = term;
        while (true) {
            if (TermTags.isList(current)) {
                current = listPrefix(current);
                continue;
            }
            if (TermTags.isBoxed(current)) {
                long next = boxed(current);
                if (next != TermTags.NON_VALUE) {
                    current = next;
                    continue;
                }
            } else {
                hash = hash2((int) current, (int) (current >>> 32), HCONST, hash);
            }
            // OTP's pop_next: markers are consumed here, terms go round the loop again.
            while (true) {
                if (stack.isEmpty()) {
                    return hash;
                }
                current = stack.pop();
                if (current != HASH_CDR) {
                    break;
                }
                hash = constHash(hash, hconst(18));
            }
        }
    }

    private static int constHash(int hash, int constant) {
        int h = hash ^ constant;
        return (h << 17) ^ (h >>> 15);
    }

    /**
     * Hashes the leading bytes of a list four at a time and returns the next term to hash: the
     * head of the first cell that is not a byte (its tail stacked), or the list's end.
     */
    private long listPrefix(long list) {
        int count = 0;
        int packed = 0;
        long cell = list;
        long rest = list;
        while (isByte(Lists.head(cell))) {
            packed = (packed << 8) + (int) TermTags.smallValue(Lists.head(cell));
            if (count == 3) {
                hash = hash1(packed, hconst(4), hash);
                count = 0;
                packed = 0;
            } else {
                count++;
            }
            rest = Lists.tail(cell);
            if (!TermTags.isList(rest)) {
                break;
            }
            cell = rest;
        }
        if (count > 0) {
            hash = hash2(packed, count, hconst(22), hash);
        }
        if (!TermTags.isList(rest)) {
            return rest;
        }
        long tail = Lists.tail(cell);
        hash = constHash(hash, hconst(17));
        stack.push(tail);
        if (!TermTags.isList(tail)) {
            stack.push(HASH_CDR);
        }
        return Lists.head(cell);
    }

    static boolean isByte(long term) {
        return TermTags.isSmall(term) && term >= 0 && TermTags.smallValue(term) <= 255;
    }

    /** Hashes a boxed term's own words; returns a part to descend into, or NON_VALUE. */
    private long boxed(long term) {
        long header = Boxed.header(term);
        switch (TermTags.headerSubtag(header)) {
            case TermTags.TUPLE_SUBTAG: {
                int arity = Tuples.arity(term);
                hash = hash1(arity, hconst(9), hash);
                if (arity == 0) {
                    return TermTags.NON_VALUE;
                }
                for (int i = arity; i >= 2; i--) {
                    stack.push(Tuples.element(term, i));
                }
                return Tuples.element(term, 1);
            }
            case TermTags.MAP_SUBTAG:
                stackMap(term, header);
                return TermTags.NON_VALUE;
            case TermTags.EXPORT_SUBTAG: {
                long entry = Funs.exportEntry(term);
                hash = hash2((int) entry, (int) (entry >>> 32), hconst(14), hash);
                return TermTags.NON_VALUE;
            }
            case TermTags.FUN_SUBTAG:
                return fun(term);
            case TermTags.HEAP_BINARY_SUBTAG, TermTags.REFC_BINARY_SUBTAG, TermTags.SUB_BINARY_SUBTAG:
                hash = binary(term, hash);
                return TermTags.NON_VALUE;
            case TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG:
                hash = bignum(term, hash);
                return TermTags.NON_VALUE;
            case TermTags.FLOAT_SUBTAG: {
                long bits = floatBits(term);
                hash = hash2((int) bits, (int) (bits >>> 32), hconst(12), hash);
                return TermTags.NON_VALUE;
            }
            case TermTags.REF_SUBTAG: {
                long[] numbers = TermOrder.referenceNumbers(term);
                hash = hash1((int) numbers[0], hconst(7), hash);
                hash = hash2((int) number(numbers, 1), (int) number(numbers, 2), hconst(8), hash);
                return TermTags.NON_VALUE;
            }
            case TermTags.EXTERNAL_REF_SUBTAG, TermTags.EXTERNAL_PID_SUBTAG, TermTags.EXTERNAL_PORT_SUBTAG:
                remote(term);
                return TermTags.NON_VALUE;
            default:
                throw new IllegalArgumentException("not a term: boxed header 0x" + Long.toHexString(header));
        }
    }

    private static long number(long[] numbers, int index) {
        return index < numbers.length ? numbers[index] : 0;
    }

    /** The bits of a float, with -0.0 taken as 0.0 (they are equal terms in OTP 25). */
    static long floatBits(long floatTerm) {
        double value = Floats.value(floatTerm);
        return value == 0.0 ? 0L : Double.doubleToRawLongBits(value);
    }

    private long fun(long term) {
        long entry = Funs.funEntry(term);
        int free = Funs.freeCount(term);
        hash = hash2(free, (int) FunEntry.module(entry), hconst(20), hash);
        hash = hash2(FunEntry.oldIndex(entry), (int) FunEntry.oldUniq(entry), hconst(21), hash);
        if (free == 0) {
            return TermTags.NON_VALUE;
        }
        for (int i = free - 1; i >= 1; i--) {
            stack.push(Funs.freeVariable(term, i));
        }
        return Funs.freeVariable(term, 0);
    }

    /** Binaries hash their whole bytes with block_hash, then any trailing bits. */
    static int binary(long term, int hash) {
        long bits = Binaries.bitSize(term);
        int size = (int) (bits >>> 3);
        int tailBits = (int) (bits & 7);
        int constant = hconst(13) + hash;
        if (bits == 0) {
            return constant;
        }
        byte[] bytes = Binaries.toByteArray(term);
        int h = HashMix.blockHash(bytes, size, constant);
        if (tailBits > 0) {
            h = hash2(tailBits, (bytes[size] & 0xFF) >>> (8 - tailBits), hconst(15), h);
        }
        return h;
    }

    /** Bignums hash each 64-bit digit as two 32-bit halves, the sign picking the constant. */
    static int bignum(long term, int hash) {
        int constant = Integers.isNegativeBignum(term) ? hconst(10) : hconst(11);
        int digits = Integers.digitCount(term);
        for (int i = 0; i < digits; i++) {
            long digit = Integers.digit(term, i);
            hash = hash2((int) digit, (int) (digit >>> 32), constant, hash);
        }
        return hash;
    }

    private void remote(long term) {
        long node = Identifiers.externalNode(term) ^ (Identifiers.externalCreation(term) << 32);
        int subtag = Boxed.subtag(term);
        if (subtag == TermTags.EXTERNAL_REF_SUBTAG) {
            long[] numbers = TermOrder.referenceNumbers(term);
            hash = hash2((int) node, (int) (node >>> 32), hconst(7), hash);
            hash = hash1((int) numbers[0], hconst(7), hash);
            hash = hash2((int) number(numbers, 1), (int) number(numbers, 2), hconst(8), hash);
            return;
        }
        int constant = subtag == TermTags.EXTERNAL_PID_SUBTAG ? hconst(5) : hconst(6);
        hash = hash2((int) node, (int) (node >>> 32), constant, hash);
        for (int i = 0; i < Identifiers.externalDataCount(term); i++) {
            hash = hash1((int) Identifiers.externalData(term, i), constant, hash);
        }
    }

    /** Maps hash their size, then stack their entries (and sub-nodes) in layout order. */
    private void stackMap(long term, long header) {
        int type = Maps.headerType(header);
        if (type == Maps.TYPE_FLATMAP) {
            int size = (int) Maps.flatmapSize(term);
            hash = hash1(size, hconst(16), hash);
            long keys = Maps.flatmapKeys(term);
            for (int i = size - 1; i >= 0; i--) {
                stack.push(Maps.flatmapValue(term, i));
                stack.push(Tuples.element(keys, i + 1));
            }
            return;
        }
        if (type != Maps.TYPE_HAMT_NODE_BITMAP) {
            long size = Boxed.field(term, 1);
            hash = hash1((int) size, hconst(16), hash);
            if (size == 0) {
                return;
            }
        }
        int first = HashMaps.firstItemWord(header);
        int count = HashMaps.itemCount(header);
        for (int i = 0; i < count; i++) {
            long item = Boxed.field(term, first + i);
            if (TermTags.isList(item)) {
                stack.push(Lists.tail(item));
                stack.push(Lists.head(item));
            } else {
                stack.push(item);
            }
        }
    }
}

package org.jbeam.vm.term;

import static org.jbeam.vm.term.HashMix.HCONST;
import static org.jbeam.vm.term.HashMix.hash1;
import static org.jbeam.vm.term.HashMix.hash2;
import static org.jbeam.vm.term.HashMix.hconst;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;

/**
 * {@code erlang:phash2/1,2}: OTP 25's portable term hash, {@code make_hash2} in
 * {@code utils.c}. Equal terms hash equal on every node and every run.
 *
 * <p>Atoms hash by their text (OTP's {@code atom_hash}, hashpjw with Latin-1 code points taken
 * as one byte); small integers that fit 28 bits get a cheap hash, larger integers hash their
 * 64-bit digits; maps xor the hashes of their key-value pairs so that the layout does not
 * matter; pids, ports and references hash only their (first) number, whatever their node.
 * The walk keeps OTP's explicit stack, with OTP's markers for the end of a map and of a pair.
 */
public final class PortableHash {
    /** Header words, never terms, that mark map bookkeeping on the stack (OTP's HASH_MAP_TAIL/PAIR). */
    private static final long MAP_TAIL = TermTags.makeHeader(1, TermTags.REF_SUBTAG);
    private static final long MAP_PAIR = TermTags.makeHeader(2, TermTags.REF_SUBTAG);
    /** The hash of {@code []} on its own, a constant in OTP. */
    private static final int NIL_ALONE = (int) 3468870702L;
    /** OTP's {@code NIL_DEF}, what {@code []} inside a term hashes as. */
    private static final int NIL_DEF = 0x2;
    private static final long PHASH2_RANGE = 1L << 27;
    private static final long MAX_RANGE = 1L << 32;

    private final AtomTable atoms;

    public PortableHash(AtomTable atoms) {
        this.atoms = atoms;
    }

    /** {@code erlang:phash2(Term)}: 0 to 2^27 - 1. */
    public long phash2(long term) {
        return Integer.toUnsignedLong(hash(term)) & (PHASH2_RANGE - 1);
    }

    /** {@code erlang:phash2(Term, Range)}: 0 to Range - 1; {@code badarg} unless 1 =< Range =< 2^32. */
    public long phash2(long term, long range) {
        if (range < 1 || range > MAX_RANGE) {
            throw ErlangException.badarg("phash2 range " + range + " is not in 1..2^32");
        }
        return Integer.toUnsignedLong(hash(term)) % range;
    }

    /** The full 32-bit {@code make_hash2} value. */
    public int hash(long term) {
        if (TermTags.isAtom(term)) {
            return atomHash(term);
        }
        if (TermTags.isSmall(term) && fits28(TermTags.smallValue(term))) {
            return signed32(TermTags.smallValue(term), 0);
        }
        return new Walk().run(term);
    }

    /** OTP's {@code atom_hash}: hashpjw over the text, a Latin-1 character counting as its one byte. */
    public static int atomTextHash(byte[] utf8) {
        int h = 0;
        int i = 0;
        while (i < utf8.length) {
            int v = utf8[i++] & 0xFF;
            if (i < utf8.length && (v & 0xFE) == 0xC2 && (utf8[i] & 0xC0) == 0x80) {
                v = ((v << 6) | (utf8[i] & 0x3F)) & 0xFF;
                i++;
            }
            h = (h << 4) + v;
            int g = h & 0xF000_0000;
            if (g != 0) {
                h ^= g >>> 24;
                h ^= g;
            }
        }
        return h;
    }

    private int atomHash(long atom) {
        return atomTextHash(atoms.utf8(atom));
    }

    private static boolean fits28(long value) {
        return value >= -(1L << 27) && value < (1L << 27);
    }

    /** OTP's {@code SINT32_HASH}: negative numbers are mixed twice. */
    private static int signed32(long value, int hash) {
        int y = (int) value;
        if (y < 0) {
            hash = hash1(-y, HCONST, hash);
        }
        return hash1(y, HCONST, hash);
    }

    /** One hashing of one term: the running hash, the pair accumulator and the stack. */
    private final class Walk {
        private final TermStack stack = new TermStack();
        private int hash;
        private int xorPairs;

        int run(long term) {
            long current = term;
            while (true) {
                long next = step(current);
                if (next != TermTags.NON_VALUE) {
                    current = next;
                    continue;
                }
                // OTP's hash2_common: finish maps and pairs, or take the next stacked term.
                while (true) {
                    if (stack.isEmpty()) {
                        return hash;
                    }
                    current = stack.pop();
                    if (current == MAP_TAIL) {
                        hash = hash1(xorPairs, hconst(19), (int) stack.pop());
                        xorPairs = (int) stack.pop();
                    } else if (current == MAP_PAIR) {
                        xorPairs ^= hash;
                        hash = 0;
                    } else {
                        break;
                    }
                }
            }
        }

        /** Hashes one term's own part; returns a part to continue with, or NON_VALUE. */
        private long step(long term) {
            if (TermTags.isList(term)) {
                return listPrefix(term);
            }
            if (TermTags.isBoxed(term)) {
                return boxed(term);
            }
            immediate(term);
            return TermTags.NON_VALUE;
        }

        private void immediate(long term) {
            if (TermTags.isSmall(term)) {
                long value = TermTags.smallValue(term);
                hash = fits28(value) ? signed32(value, hash) : bigDigits(value < 0, Math.abs(value), hash);
            } else if (TermTags.isAtom(term)) {
                hash = hash == 0 ? atomHash(term) : hash1(atomHash(term), hconst(3), hash);
            } else if (term == TermTags.NIL) {
                hash = hash == 0 ? NIL_ALONE : hash1(NIL_DEF, hconst(2), hash);
            } else if (TermTags.isLocalPid(term)) {
                hash = hash1((int) Identifiers.pidNumber(term), hconst(5), hash);
            } else if (TermTags.isLocalPort(term)) {
                hash = hash1((int) Identifiers.portNumber(term), hconst(6), hash);
            } else {
                throw new IllegalArgumentException("not a term: 0x" + Long.toHexString(term));
            }
        }

        private long listPrefix(long list) {
            int count = 0;
            int packed = 0;
            long cell = list;
            long rest = list;
            while (InternalHash.isByte(Lists.head(cell))) {
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
                hash = hash1(packed, hconst(4), hash);
            }
            if (!TermTags.isList(rest)) {
                return rest;
            }
            stack.push(Lists.tail(cell));
            return Lists.head(cell);
        }

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
                    map(term, header);
                    return TermTags.NON_VALUE;
                case TermTags.EXPORT_SUBTAG: {
                    long entry = Funs.exportEntry(term);
                    hash = hash2(ExportEntry.arity(entry), atomHash(ExportEntry.module(entry)), HCONST, hash);
                    hash = hash1(atomHash(ExportEntry.function(entry)), hconst(14), hash);
                    return TermTags.NON_VALUE;
                }
                case TermTags.FUN_SUBTAG:
                    return fun(term);
                case TermTags.HEAP_BINARY_SUBTAG, TermTags.REFC_BINARY_SUBTAG, TermTags.SUB_BINARY_SUBTAG:
                    hash = InternalHash.binary(term, hash);
                    return TermTags.NON_VALUE;
                case TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG:
                    hash = InternalHash.bignum(term, hash);
                    return TermTags.NON_VALUE;
                case TermTags.FLOAT_SUBTAG: {
                    long bits = InternalHash.floatBits(term);
                    hash = hash2((int) (bits >>> 32), (int) bits, hconst(12), hash);
                    return TermTags.NON_VALUE;
                }
                case TermTags.REF_SUBTAG, TermTags.EXTERNAL_REF_SUBTAG: {
                    long[] numbers = TermOrder.referenceNumbers(term);
                    hash = hash1(numbers.length > 0 ? (int) numbers[0] : 0, hconst(7), hash);
                    return TermTags.NON_VALUE;
                }
                case TermTags.EXTERNAL_PID_SUBTAG:
                    hash = hash1((int) Identifiers.externalData(term, 0), hconst(5), hash);
                    return TermTags.NON_VALUE;
                case TermTags.EXTERNAL_PORT_SUBTAG:
                    hash = hash1((int) Identifiers.externalData(term, 0), hconst(6), hash);
                    return TermTags.NON_VALUE;
                default:
                    throw new IllegalArgumentException("not a term: boxed header 0x" + Long.toHexString(header));
            }
        }

        /** A 60-bit small that does not fit 28 bits hashes as the one-digit bignum it would be. */
        private int bigDigits(boolean negative, long magnitude, int h) {
            int constant = negative ? hconst(10) : hconst(11);
            return hash2((int) magnitude, (int) (magnitude >>> 32), constant, h);
        }

        private long fun(long term) {
            long entry = Funs.funEntry(term);
            int free = Funs.freeCount(term);
            hash = hash2(free, atomHash(FunEntry.module(entry)), HCONST, hash);
            hash = hash2(FunEntry.oldIndex(entry), (int) FunEntry.oldUniq(entry), HCONST, hash);
            if (free == 0) {
                return TermTags.NON_VALUE;
            }
            for (int i = free - 1; i >= 1; i--) {
                stack.push(Funs.freeVariable(term, i));
            }
            return Funs.freeVariable(term, 0);
        }

        /** Saves the running hash, then stacks every pair to be hashed on its own and xor-ed in. */
        private void map(long term, long header) {
            int type = Maps.headerType(header);
            if (type != Maps.TYPE_HAMT_NODE_BITMAP) {
                long size = Maps.size(term);
                hash = hash1((int) size, hconst(16), hash);
                if (size == 0) {
                    return;
                }
                stack.push(Integer.toUnsignedLong(xorPairs));
                stack.push(Integer.toUnsignedLong(hash));
                stack.push(MAP_TAIL);
                hash = 0;
                xorPairs = 0;
            }
            if (type == Maps.TYPE_FLATMAP) {
                long keys = Maps.flatmapKeys(term);
                for (int i = (int) Maps.flatmapSize(term) - 1; i >= 0; i--) {
                    stack.push(MAP_PAIR);
                    stack.push(Maps.flatmapValue(term, i));
                    stack.push(Tuples.element(keys, i + 1));
                }
                return;
            }
            int first = HashMaps.firstItemWord(header);
            int count = HashMaps.itemCount(header);
            for (int i = 0; i < count; i++) {
                long item = Boxed.field(term, first + i);
                if (TermTags.isList(item)) {
                    stack.push(MAP_PAIR);
                    stack.push(Lists.tail(item));
                    stack.push(Lists.head(item));
                } else {
                    stack.push(item);
                }
            }
        }
    }
}

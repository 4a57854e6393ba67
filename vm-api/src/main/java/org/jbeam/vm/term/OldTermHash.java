package org.jbeam.vm.term;

import java.math.BigInteger;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;

/**
 * {@code erlang:phash/2}: OTP's old portable term hash, {@code make_hash} in {@code utils.c},
 * which {@code sets}, {@code dict} and other old libraries still use to place their elements.
 *
 * <p>The hash is {@code H = H * C + X (mod 2^32)} over the term's parts, with a different
 * prime {@code C} per kind: integers hash their magnitude byte by byte (least significant
 * first, a whole number of 32-bit words, so a small and a bignum of equal value agree) and then
 * their sign; atoms their text hash; lists of bytes take a cheaper step per byte; a list's tail
 * and a tuple's arity are folded in after their elements; maps fold in their {@code phash2}.
 */
public final class OldTermHash {
    private static final int N1 = 268440163;
    private static final int N2 = 268439161;
    private static final int N3 = 268435459;
    private static final int N4 = 268436141;
    private static final int N5 = 268438633;
    private static final int N6 = 268437017;
    private static final int N8 = 268437511;
    private static final int N9 = 268439627;
    private static final int N10 = 268440479;
    private static final int N11 = 268440577;
    private static final int N12 = 268440581;
    private static final int N13 = 268440593;
    private static final int N14 = 268440611;

    private final AtomTable atoms;
    private final PortableHash portable;

    public OldTermHash(AtomTable atoms) {
        this.atoms = atoms;
        this.portable = new PortableHash(atoms);
    }

    /** The 32-bit {@code make_hash} value of {@code term}. */
    public int hash(long term) {
        return hash(term, 0);
    }

    /**
     * Folds {@code term} into {@code hash}. Lists are walked in a loop (their elements recurse),
     * so only deeply nested terms use the Java stack, as deep as the nesting.
     */
    private int hash(long term, int hash) {
        if (TermTags.isNil(term)) {
            return hash * N3 + 1;
        }
        if (TermTags.isAtom(term)) {
            return hash * N1 + atomHash(term);
        }
        if (TermTags.isSmall(term)) {
            return integer(BigInteger.valueOf(TermTags.smallValue(term)), hash);
        }
        if (TermTags.isList(term)) {
            return list(term, hash);
        }
        if (TermTags.isLocalPid(term)) {
            return word32(Identifiers.pidNumber(term), N5, hash) * N6;
        }
        if (TermTags.isLocalPort(term)) {
            return word32(Identifiers.portNumber(term), N9, hash) * N10;
        }
        return boxed(term, hash);
    }

    private int boxed(long term, int hash) {
        if (Integers.isBignum(term)) {
            return integer(Integers.toBigInteger(term), hash);
        }
        if (Floats.isFloat(term)) {
            double value = Floats.value(term);
            long bits = Double.doubleToRawLongBits(value == 0.0 ? 0.0 : value);
            return hash * N6 + ((int) bits ^ (int) (bits >>> 32));
        }
        if (Binaries.isBinaryTerm(term)) {
            return binary(term, hash);
        }
        if (Tuples.isTuple(term)) {
            int arity = Tuples.arity(term);
            for (int i = 1; i <= arity; i++) {
                hash = hash(Tuples.element(term, i), hash);
            }
            return hash * N9 + arity;
        }
        if (Maps.isMap(term)) {
            return hash * N13 + N14 + portable.hash(term);
        }
        if (Funs.isExport(term)) {
            long entry = Funs.exportEntry(term);
            hash = hash * N11 + ExportEntry.arity(entry);
            hash = hash * N1 + atomHash(ExportEntry.module(entry));
            return hash * N1 + atomHash(ExportEntry.function(entry));
        }
        if (Funs.isLocalFun(term)) {
            return localFun(term, hash);
        }
        return identifier(term, hash);
    }

    private int identifier(long term, int hash) {
        switch (Boxed.subtag(term)) {
            case TermTags.REF_SUBTAG:
                return word32(Identifiers.referenceId(term, 0), N9, hash) * N10;
            case TermTags.EXTERNAL_PID_SUBTAG:
                return word32(Identifiers.externalData(term, 0), N5, hash) * N6;
            case TermTags.EXTERNAL_PORT_SUBTAG, TermTags.EXTERNAL_REF_SUBTAG:
                return word32(Identifiers.externalData(term, 0), N9, hash) * N10;
            default:
                throw new IllegalArgumentException("phash: a term of unknown kind " + Long.toHexString(term));
        }
    }

    private int localFun(long fun, int hash) {
        long entry = Funs.funEntry(fun);
        int free = Funs.freeCount(fun);
        hash = hash * N10 + free;
        hash = hash * N1 + atomHash(FunEntry.module(entry));
        hash = hash * N2 + FunEntry.oldIndex(entry);
        hash = hash * N2 + (int) FunEntry.oldUniq(entry);
        for (int i = 0; i < free; i++) {
            hash = hash(Funs.freeVariable(fun, i), hash);
        }
        return hash;
    }

    /**
     * A list: each byte element takes the cheap step; any other element is hashed in full; the
     * tail ending the list (usually {@code []}) is hashed and then the list's closing step.
     */
    private int list(long list, int hash) {
        long rest = list;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (TermTags.isSmall(head) && TermTags.smallValue(head) >= 0 && TermTags.smallValue(head) <= 255) {
                hash = hash * N2 + (int) TermTags.smallValue(head);
            } else {
                hash = hash(head, hash);
            }
            rest = Lists.tail(rest);
        }
        return hash(rest, hash) * N8;
    }

    /** Magnitude bytes, least significant first, in whole 32-bit words; then the sign's prime. */
    private static int integer(BigInteger value, int hash) {
        BigInteger magnitude = value.abs();
        int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
        for (int i = 0; i < words * 4; i++) {
            int b = magnitude.shiftRight(8 * i).intValue() & 0xFF;
            hash = hash * N2 + b;
        }
        return hash * (value.signum() < 0 ? N4 : N3);
    }

    /** OTP's {@code UINT32_HASH_STEP}: the four bytes of a 32-bit word, least significant first. */
    private static int word32(long word, int prime, int hash) {
        int x = (int) word;
        for (int shift = 0; shift < 32; shift += 8) {
            hash = hash * prime + ((x >>> shift) & 0xFF);
        }
        return hash;
    }

    /** Whole bytes with one prime; trailing bits (a bitstring) as one more step; then the size. */
    private static int binary(long binary, int hash) {
        long bits = Binaries.bitSize(binary);
        int size = (int) (bits >>> 3);
        int rest = (int) (bits & 7);
        byte[] bytes = BitStrings.extract(binary, 0, bits);
        for (int i = 0; i < size; i++) {
            hash = hash * N1 + (bytes[i] & 0xFF);
        }
        if (rest > 0) {
            int last = (bytes[size] & 0xFF) >>> (8 - rest);
            hash = (hash * N1 + last) * N12 + rest;
        }
        return hash * N4 + size;
    }

    private int atomHash(long atom) {
        return PortableHash.atomTextHash(atoms.utf8(atom));
    }
}

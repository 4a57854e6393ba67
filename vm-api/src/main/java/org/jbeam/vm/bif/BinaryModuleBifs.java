package org.jbeam.vm.bif;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code binary} module's BIFs but {@code part/2,3} (with {@code binary_part} in
 * {@link BinaryBifs}) and the searches (in {@link BinarySearch}), after OTP's
 * {@code erl_bif_binary.c}: {@code at/2}, {@code first/1}, {@code last/1}, {@code copy/1,2},
 * {@code list_to_bin/1}, {@code longest_common_prefix/1}, {@code longest_common_suffix/1},
 * {@code referenced_byte_size/1}, {@code decode_unsigned/1,2} and {@code encode_unsigned/1,2}.
 * Every binary argument must be byte-aligned; a bad argument is {@code badarg}.
 */
final class BinaryModuleBifs {
    private BinaryModuleBifs() {}

    static void register(BifTable t, AtomTable atoms) {
        new BinarySearch(atoms).register(t);
        t.register("binary", "copy", 1, (p, a) -> Binaries.make(p.heap(), bytes(a[0])));
        t.register("binary", "copy", 2, (p, a) -> copy(p, a[0], a[1]));
        t.register("binary", "at", 2, (p, a) -> at(a[0], a[1]));
        t.register("binary", "first", 1, (p, a) -> at(a[0], TermTags.makeSmall(0)));
        t.register("binary", "last", 1, (p, a) -> {
            long size = Binaries.byteSize(binary(a[0]));
            return at(a[0], TermTags.makeSmall(size - 1));
        });
        t.register("binary", "list_to_bin", 1, (p, a) -> {
            if (!TermTags.isList(a[0]) && !TermTags.isNil(a[0])) {
                throw ErlangException.badarg("binary:list_to_bin: not a list");
            }
            return Binaries.make(p.heap(), BinaryBifs.ioDataBytes(a[0]));
        });
        t.register("binary", "longest_common_prefix", 1, (p, a) -> TermTags.makeSmall(common(a[0], false)));
        t.register("binary", "longest_common_suffix", 1, (p, a) -> TermTags.makeSmall(common(a[0], true)));
        t.register("binary", "referenced_byte_size", 1, (p, a) -> TermTags.makeSmall(referencedSize(a[0])));
        long big = atoms.atom("big");
        long little = atoms.atom("little");
        t.register("binary", "decode_unsigned", 1, (p, a) -> decode(p, a[0], false));
        t.register("binary", "decode_unsigned", 2, (p, a) -> decode(p, a[0], endian(a[1], big, little)));
        t.register("binary", "encode_unsigned", 1, (p, a) -> encode(p, a[0], false));
        t.register("binary", "encode_unsigned", 2, (p, a) -> encode(p, a[0], endian(a[1], big, little)));
    }

    private static long at(long binary, long positionTerm) {
        long size = Binaries.byteSize(binary(binary));
        long position = small(positionTerm);
        if (position < 0 || position >= size) {
            throw ErlangException.badarg("binary: position outside the binary");
        }
        return TermTags.makeSmall(NativeMemory.byteAt(Binaries.bytesAddress(binary) + position) & 0xFF);
    }

    private static long copy(ErlangProcess p, long binary, long times) {
        byte[] data = bytes(binary);
        long count = small(times);
        if (count < 0 || data.length * count > Integer.MAX_VALUE) {
            throw ErlangException.badarg("binary:copy: bad count");
        }
        byte[] copies = new byte[(int) (data.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(data, 0, copies, i * data.length, data.length);
        }
        return Binaries.make(p.heap(), copies);
    }

    /** The longest common prefix (or suffix) of a non-empty list of binaries, in bytes. */
    private static long common(long list, boolean suffix) {
        List<byte[]> binaries = new ArrayList<>();
        long rest = list;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            binaries.add(bytes(Lists.head(rest)));
        }
        if (rest != TermTags.NIL || binaries.isEmpty()) {
            throw ErlangException.badarg("binary: not a non-empty list of binaries");
        }
        byte[] first = binaries.getFirst();
        int common = first.length;
        for (byte[] other : binaries) {
            int n = 0;
            while (n < common && n < other.length
                    && (suffix ? first[first.length - 1 - n] == other[other.length - 1 - n] : first[n] == other[n])) {
                n++;
            }
            common = n;
        }
        return common;
    }

    /**
     * The size of the binary whose bytes {@code term} keeps alive: the original of a large
     * sub-binary. erl copies a part of at most 64 bytes into a heap binary of its own (its
     * {@code erts_extract_sub_binary}), so such a part references only itself.
     */
    private static long referencedSize(long term) {
        long size = Binaries.byteSize(binary(term));
        if (Boxed.subtag(term) == TermTags.SUB_BINARY_SUBTAG && size > Binaries.HEAP_BINARY_LIMIT) {
            return Binaries.byteSize(Boxed.field(term, 5));
        }
        return size;
    }

    private static boolean endian(long term, long big, long little) {
        if (term == big) {
            return false;
        }
        if (term == little) {
            return true;
        }
        throw ErlangException.badarg("binary: endianness is big or little");
    }

    private static long decode(ErlangProcess p, long binary, boolean little) {
        byte[] data = bytes(binary);
        if (little) {
            reverse(data);
        }
        return Integers.fromBigInteger(p.heap(), new BigInteger(1, data));
    }

    /** The fewest bytes that hold a non-negative integer ({@code <<0>>} for zero). */
    private static long encode(ErlangProcess p, long integer, boolean little) {
        if (!Integers.isInteger(integer) || Integers.toBigInteger(integer).signum() < 0) {
            throw ErlangException.badarg("binary:encode_unsigned: not a non-negative integer");
        }
        BigInteger value = Integers.toBigInteger(integer);
        byte[] twos = value.toByteArray();
        int skip = twos.length > 1 && twos[0] == 0 ? 1 : 0;
        byte[] data = java.util.Arrays.copyOfRange(twos, skip, twos.length);
        if (little) {
            reverse(data);
        }
        return Binaries.make(p.heap(), data);
    }

    private static void reverse(byte[] data) {
        for (int i = 0, j = data.length - 1; i < j; i++, j--) {
            byte b = data[i];
            data[i] = data[j];
            data[j] = b;
        }
    }

    static long small(long term) {
        if (!TermTags.isSmall(term)) {
            throw ErlangException.badarg("not an integer");
        }
        return TermTags.smallValue(term);
    }

    private static long binary(long term) {
        if (!Binaries.isBinaryTerm(term) || !Binaries.isByteAligned(term)) {
            throw ErlangException.badarg("not a binary");
        }
        return term;
    }

    static byte[] bytes(long binary) {
        return Binaries.toByteArray(binary(binary));
    }
}

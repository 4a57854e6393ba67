package org.jbeam.vm.bif;

import java.io.ByteArrayOutputStream;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.BitStrings;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The binary BIFs used with the bit syntax, with OTP 25's {@code badarg} rules
 * ({@code binary.c}, {@code erl_bif_binary.c}, {@code bif.c}): {@code byte_size}, {@code size},
 * {@code bit_size}, {@code binary_part/2,3} (also as {@code binary:part/2,3}),
 * {@code split_binary}, {@code binary_to_list/1,3}, {@code bitstring_to_list},
 * {@code list_to_binary}, {@code list_to_bitstring}, {@code iolist_to_binary} and
 * {@code iolist_size}. Parts share the original's bytes as sub-binaries, as OTP's do.
 */
final class BinaryBifs {
    private BinaryBifs() {}

    static void register(BifTable t) {
        t.register("erlang", "byte_size", 1, (p, a) -> TermTags.makeSmall((bitstring(a[0]) + 7) >>> 3));
        t.register("erlang", "bit_size", 1, (p, a) -> TermTags.makeSmall(bitstring(a[0])));
        // size/1: a tuple's arity, else a bitstring's whole bytes (the bits of a partial byte not counted).
        t.register("erlang", "size", 1, (p, a) -> TermTags.makeSmall(
                Tuples.isTuple(a[0]) ? Tuples.arity(a[0]) : bitstring(a[0]) >>> 3));
        t.register("erlang", "binary_part", 2, (p, a) -> part(p, a[0], a[1]));
        t.register("erlang", "binary_part", 3, (p, a) -> part(p, a[0], a[1], a[2]));
        t.register("binary", "part", 2, (p, a) -> part(p, a[0], a[1]));
        t.register("binary", "part", 3, (p, a) -> part(p, a[0], a[1], a[2]));
        t.register("erlang", "split_binary", 2, (p, a) -> split(p, a[0], a[1]));
        t.register("erlang", "binary_to_list", 1, (p, a) -> toList(p.heap(), binary(a[0]), 0, byteCount(a[0])));
        t.register("erlang", "binary_to_list", 3, (p, a) -> binaryToList(p, a[0], a[1], a[2]));
        t.register("erlang", "bitstring_to_list", 1, (p, a) -> bitstringToList(p.heap(), a[0]));
        t.register("erlang", "list_to_binary", 1, (p, a) -> chargedBinary(p, flatten(p.heap(), requireList(a[0]), false)));
        t.register("erlang", "list_to_bitstring", 1, (p, a) -> flatten(p.heap(), requireList(a[0]), true));
        t.register("erlang", "iolist_to_binary", 1, (p, a) -> chargedBinary(p, iolistToBinary(p.heap(), a[0])));
        t.register("erlang", "iolist_size", 1, (p, a) -> iolistSize(a[0]));
        t.register("erlang", "iolist_to_iovec", 1, (p, a) -> iolistToIovec(p.heap(), a[0]));
    }

    /** The bytes of iodata (a binary, or an iolist of bytes and binaries); badarg for anything else. */
    static byte[] ioDataBytes(long term) {
        if (Binaries.isBinaryTerm(term)) {
            return Binaries.toByteArray(binary(term));
        }
        IoListBits collected = new IoListBits(false);
        collected.add(requireList(term));
        BitBuilder builder = new BitBuilder(collected.bits);
        collected.writeTo(builder);
        return builder.bytes();
    }

    /** The bit size of a bitstring, or badarg. */
    private static long bitstring(long term) {
        if (!Binaries.isBinaryTerm(term)) {
            throw ErlangException.badarg("not a bitstring");
        }
        return Binaries.bitSize(term);
    }

    /** A byte-aligned binary, or badarg. */
    private static long binary(long term) {
        if (!Binaries.isBinaryTerm(term) || !Binaries.isByteAligned(term)) {
            throw ErlangException.badarg("not a binary");
        }
        return term;
    }

    private static long byteCount(long binary) {
        return Binaries.byteSize(binary);
    }

    private static long smallArgument(long term) {
        if (!TermTags.isSmall(term)) {
            throw ErlangException.badarg("not a small integer");
        }
        return TermTags.smallValue(term);
    }

    private static long part(ErlangProcess p, long binary, long startLength) {
        if (!Tuples.isTuple(startLength) || Tuples.arity(startLength) != 2) {
            throw ErlangException.badarg("not {Start, Length}");
        }
        return part(p, binary, Tuples.element(startLength, 1), Tuples.element(startLength, 2));
    }

    /**
     * {@code binary_part(Bin, Start, Len)}: a negative length counts back from {@code Start}.
     * As in OTP, a bitstring is accepted and only its whole bytes can be taken.
     */
    private static long part(ErlangProcess p, long binary, long startTerm, long lengthTerm) {
        bitstring(binary);
        long size = byteCount(binary);
        long start = smallArgument(startTerm);
        long length = smallArgument(lengthTerm);
        if (length < 0) {
            start += length;
            length = -length;
        }
        if (start < 0 || start > size || length > size - start) {
            throw ErlangException.badarg("part out of range");
        }
        return BitStrings.slice(p.heap(), binary, start * 8, length * 8);
    }

    private static long split(ErlangProcess p, long binary, long positionTerm) {
        long bits = bitstring(binary);
        long position = smallArgument(positionTerm);
        if (position < 0 || position * 8 > bits) {
            throw ErlangException.badarg("split position out of range");
        }
        HeapAllocator heap = p.heap();
        long first = BitStrings.slice(heap, binary, 0, position * 8);
        long second = BitStrings.slice(heap, binary, position * 8, bits - position * 8);
        return Tuples.make(heap, first, second);
    }

    /** {@code binary_to_list(Bin, Start, Stop)}: whole bytes {@code Start..Stop}, counting from 1. */
    private static long binaryToList(ErlangProcess p, long binary, long startTerm, long stopTerm) {
        bitstring(binary);
        long size = byteCount(binary);
        long start = smallArgument(startTerm);
        long stop = smallArgument(stopTerm);
        if (start < 1 || start > size || stop < start || stop > size) {
            throw ErlangException.badarg("range out of the binary");
        }
        return toList(p.heap(), binary, start - 1, stop - start + 1);
    }

    private static long toList(HeapAllocator heap, long binary, long from, long count) {
        return toList(heap, binary, from, count, TermTags.NIL);
    }

    private static long toList(HeapAllocator heap, long binary, long from, long count, long tail) {
        long list = tail;
        for (long i = from + count - 1; i >= from; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(BitStrings.byteAt(binary, i * 8)), list);
        }
        return list;
    }

    private static long bitstringToList(HeapAllocator heap, long bitstring) {
        long bits = bitstring(bitstring);
        long whole = bits >>> 3;
        long tail = TermTags.NIL;
        if ((bits & 7) != 0) {
            tail = Lists.cons(heap, BitStrings.slice(heap, bitstring, whole * 8, bits & 7), TermTags.NIL);
        }
        return toList(heap, bitstring, 0, whole, tail);
    }

    private static long requireList(long term) {
        if (!TermTags.isList(term) && !TermTags.isNil(term)) {
            throw ErlangException.badarg("not a list");
        }
        return term;
    }

    private static long iolistToBinary(HeapAllocator heap, long term) {
        if (Binaries.isBinaryTerm(term)) {
            binary(term);
            return term;
        }
        return flatten(heap, requireList(term), false);
    }

    /**
     * {@code iolist_to_iovec/1}: the data as a list of binaries, {@code []} when there is none.
     * OTP keeps large binaries apart and joins the small pieces between them; here all the data
     * is one binary (the same bytes, as prim_file and the socket code consume them).
     */
    private static long iolistToIovec(HeapAllocator heap, long term) {
        long binary = iolistToBinary(heap, term);
        return Binaries.byteSize(binary) == 0 ? TermTags.NIL : Lists.cons(heap, binary, TermTags.NIL);
    }

    private static long iolistSize(long term) {
        IoListBits collected = new IoListBits(false);
        collected.add(term);
        return TermTags.makeSmall(collected.bits >>> 3);
    }

    private static long flatten(HeapAllocator heap, long list, boolean bitstrings) {
        IoListBits collected = new IoListBits(bitstrings);
        collected.add(list);
        BitBuilder builder = new BitBuilder(collected.bits);
        collected.writeTo(builder);
        return builder.build(heap);
    }

    /**
     * The pieces of an iolist (bytes and binaries, nested, a binary allowed as a tail), walked
     * without recursion so deep lists cannot overflow the Java stack.
     */
    private static final class IoListBits {
        private final boolean bitstrings;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final java.util.List<Object> pieces = new java.util.ArrayList<>();
        long bits;

        IoListBits(boolean bitstrings) {
            this.bitstrings = bitstrings;
        }

        void add(long root) {
            java.util.ArrayDeque<Long> stack = new java.util.ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                long term = stack.pop();
                if (TermTags.isNil(term)) {
                    continue;
                }
                if (TermTags.isList(term)) {
                    stack.push(Lists.tail(term));
                    pushHead(stack, Lists.head(term));
                } else if (Binaries.isBinaryTerm(term)) {
                    addBinary(term);
                } else {
                    throw ErlangException.badarg("not an iolist");
                }
            }
            flushBytes();
        }

        private void pushHead(java.util.ArrayDeque<Long> stack, long head) {
            if (TermTags.isSmall(head)) {
                long b = TermTags.smallValue(head);
                if (b < 0 || b > 255) {
                    throw ErlangException.badarg("not a byte");
                }
                pending.write((int) b);
                bits += 8;
            } else if (TermTags.isList(head) || TermTags.isNil(head) || Binaries.isBinaryTerm(head)) {
                stack.push(head);
            } else {
                throw ErlangException.badarg("not an iolist element");
            }
        }

        private void addBinary(long binary) {
            if (!bitstrings && !Binaries.isByteAligned(binary)) {
                throw ErlangException.badarg("a bitstring in an iolist");
            }
            flushBytes();
            pieces.add(binary);
            bits += Binaries.bitSize(binary);
        }

        private void flushBytes() {
            if (pending.size() > 0) {
                pieces.add(pending.toByteArray());
                pending.reset();
            }
        }

        void writeTo(BitBuilder builder) {
            for (Object piece : pieces) {
                if (piece instanceof byte[] bytes) {
                    builder.putBytes(bytes);
                } else {
                    long binary = (Long) piece;
                    builder.putBitstring(binary, 0, Binaries.bitSize(binary));
                }
            }
        }
    }

    /** A binary a BIF built, its size charged as work done (contract 4). */
    private static long chargedBinary(ErlangProcess p, long binary) {
        p.chargeWork(Binaries.byteSize(binary));
        return binary;
    }
}

package org.jbeam.vm.etf;

import java.math.BigInteger;
import java.util.Arrays;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.atom.Utf8;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Reads the external format into terms on a heap, as OTP 25's {@code binary_to_term/2}
 * does ({@code dec_term} and its checks in {@code external.c}), including the old forms
 * OTP still accepts ({@code ATOM_EXT}, {@code SMALL_ATOM_EXT}, {@code FLOAT_EXT},
 * {@code PID_EXT}, {@code PORT_EXT}, {@code REFERENCE_EXT}, {@code NEW_REFERENCE_EXT});
 * {@code FUN_EXT} is rejected as OTP 25 rejects it.
 *
 * <p>Terms are built as the bytes are read: a compound term is allocated when its header
 * is read and its elements are filled in later through "slots" (addresses of words still to
 * be written) on an explicit stack, so nesting depth costs heap memory, never Java stack.
 * Before anything is allocated for a count read from the input, the decoder checks that
 * enough bytes remain for that many elements (each takes at least one byte), so a lying
 * length costs nothing. Any malformed input raises {@code badarg}; the words already
 * allocated stay on the heap unreferenced until the heap's owner frees or collects it.
 *
 * <p>Identifiers follow OTP's rules for the local node ({@code nonode@nohost}, creation 0):
 * such a pid, port or reference becomes local and must fit local limits (pid number 15
 * bits, serial 13 bits, port number 28 bits, reference of 1-3 words whose first is below
 * 2^18, padded to 3 words). With {@code safe}, no atom and no export entry is created.
 * One decoder reads one term.
 */
public final class TermDecoder {
    /** Stack items: fill {@code count} consecutive slots; continue a list; finish a map. */
    private static final int SLOTS = 0;
    private static final int LIST_NEXT = 1;
    private static final int MAP_FINISH = 2;

    private static final long MAX_LOCAL_PID_NUMBER = (1 << 15) - 1;
    private static final long MAX_LOCAL_PID_SERIAL = (1 << 13) - 1;
    private static final long MAX_LOCAL_PORT_NUMBER = (1 << 28) - 1;
    private static final long MAX_REFERENCE_FIRST_ID = (1 << 18) - 1;
    private static final int LOCAL_REFERENCE_IDS = 3;
    private static final int MAX_REFERENCE_IDS = 5;
    private static final int MAX_TINY_CREATION = 3;
    private static final int MAX_FREE_VARIABLES = 255;
    private static final int MAX_ATOM_LATIN1_BYTES = 255;

    private final AtomTable atoms;
    private final ExportTable exports;
    private final FunTable funs;
    private final HeapAllocator heap;
    private final boolean safe;
    private final TermOrder order;

    private ByteInput in;
    private long root;
    private int[] stackKinds = new int[32];
    private long[] stackAddresses = new long[32];
    private long[] stackCounts = new long[32];
    private long[] stackTargets = new long[32];
    private int depth;

    public TermDecoder(AtomTable atoms, ExportTable exports, FunTable funs, HeapAllocator heap, boolean safe) {
        this.atoms = atoms;
        this.exports = exports;
        this.funs = funs;
        this.heap = heap;
        this.safe = safe;
        this.order = new TermOrder(atoms);
    }

    /** A decoded term and how many input bytes it took (what the {@code used} option returns). */
    public record Decoded(long term, int used) {}

    /**
     * Decodes the term at {@code data[offset]}, which must start with the version byte 131.
     * Bytes after the term are not read; the caller decides whether they are allowed.
     */
    public Decoded decode(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("range outside the array");
        }
        ByteInput outer = new ByteInput(data, offset, length);
        if (outer.u8() != ExternalTags.VERSION_MAGIC) {
            throw ErlangException.badarg("external term does not start with 131");
        }
        if (outer.peek() != ExternalTags.COMPRESSED) {
            long term = decodeTerm(outer);
            return new Decoded(term, outer.position() - offset);
        }
        outer.u8();
        long size = outer.u32();
        Compression.Inflated inflated = Compression.inflate(data, outer.position(), outer.remaining(), size);
        long term = decodeTerm(new ByteInput(inflated.bytes(), 0, inflated.bytes().length));
        return new Decoded(term, outer.position() - offset + inflated.consumed());
    }

    private long decodeTerm(ByteInput input) {
        in = input;
        depth = 0;
        push(SLOTS, 0, 1, 0);
        while (depth > 0) {
            int top = depth - 1;
            long address = stackAddresses[top];
            long count = stackCounts[top];
            switch (stackKinds[top]) {
                case SLOTS -> {
                    if (count > 1) {
                        stackAddresses[top] = address + NativeMemory.WORD_BYTES;
                        stackCounts[top] = count - 1;
                    } else {
                        depth--;
                    }
                    decodeInto(address);
                }
                case LIST_NEXT -> {
                    depth--;
                    continueList(address, count);
                }
                case MAP_FINISH -> {
                    depth--;
                    store(stackTargets[top], MapCodec.build(order, heap, address, (int) count));
                }
                default -> throw new IllegalStateException("unknown stack item");
            }
        }
        return root;
    }

    /** Writes a decoded term to its slot; address 0 is the root. */
    private void store(long slot, long term) {
        if (slot == 0) {
            root = term;
        } else {
            NativeMemory.setWord(slot, term);
        }
    }

    private void decodeInto(long slot) {
        int tag = in.u8();
        switch (tag) {
            case ExternalTags.SMALL_INTEGER_EXT -> store(slot, TermTags.makeSmall(in.u8()));
            case ExternalTags.INTEGER_EXT -> store(slot, TermTags.makeSmall((int) in.u32()));
            case ExternalTags.SMALL_BIG_EXT -> store(slot, bignum(in.u8()));
            case ExternalTags.LARGE_BIG_EXT -> store(slot, bignum(in.u32()));
            case ExternalTags.NEW_FLOAT_EXT -> store(slot, Floats.make(heap, finite(Double.longBitsToDouble(in.u64()))));
            case ExternalTags.FLOAT_EXT -> store(slot, Floats.make(heap,
                    FloatText.parse(in.data(), in.skip(ExternalTags.FLOAT_TEXT_BYTES))));
            case ExternalTags.ATOM_EXT, ExternalTags.SMALL_ATOM_EXT, ExternalTags.ATOM_UTF8_EXT,
                    ExternalTags.SMALL_ATOM_UTF8_EXT -> store(slot, atomBody(tag));
            case ExternalTags.NIL_EXT -> store(slot, TermTags.NIL);
            case ExternalTags.STRING_EXT -> store(slot, string(in.u16()));
            case ExternalTags.LIST_EXT -> list(slot, in.u32());
            case ExternalTags.SMALL_TUPLE_EXT -> tuple(slot, in.u8());
            case ExternalTags.LARGE_TUPLE_EXT -> tuple(slot, in.u32());
            case ExternalTags.BINARY_EXT -> store(slot, binary(in.u32()));
            case ExternalTags.BIT_BINARY_EXT -> store(slot, bitBinary());
            case ExternalTags.PID_EXT, ExternalTags.NEW_PID_EXT -> store(slot, pid(tag));
            case ExternalTags.PORT_EXT, ExternalTags.NEW_PORT_EXT, ExternalTags.V4_PORT_EXT -> store(slot, port(tag));
            case ExternalTags.REFERENCE_EXT, ExternalTags.NEW_REFERENCE_EXT,
                    ExternalTags.NEWER_REFERENCE_EXT -> store(slot, reference(tag));
            case ExternalTags.NEW_FUN_EXT -> localFun(slot);
            case ExternalTags.EXPORT_EXT -> store(slot, export());
            case ExternalTags.MAP_EXT -> map(slot, in.u32());
            case ExternalTags.ATOM_INTERNAL_REF2, ExternalTags.ATOM_INTERNAL_REF3 -> throw ErlangException.badarg(
                    "internal atom reference (an index into erl's own atom table) is not supported");
            default -> throw ErlangException.badarg("unknown external term tag " + tag);
        }
    }

    // Numbers.

    private long bignum(long byteCount) {
        in.require(byteCount + 1);
        boolean negative = in.u8() != 0;
        int start = in.skip(byteCount);
        byte[] data = in.data();
        int length = (int) byteCount;
        byte[] bigEndian = new byte[length + 1];
        for (int i = 0; i < length; i++) {
            bigEndian[length - i] = data[start + i];
        }
        BigInteger magnitude = new BigInteger(bigEndian);
        return Integers.fromBigInteger(heap, negative ? magnitude.negate() : magnitude);
    }

    /** An integer field of a fun or export, which OTP requires to be a small integer. */
    private long smallIntegerField() {
        int tag = in.u8();
        long value;
        switch (tag) {
            case ExternalTags.SMALL_INTEGER_EXT -> value = in.u8();
            case ExternalTags.INTEGER_EXT -> value = (int) in.u32();
            case ExternalTags.SMALL_BIG_EXT, ExternalTags.LARGE_BIG_EXT -> {
                long byteCount = tag == ExternalTags.SMALL_BIG_EXT ? in.u8() : in.u32();
                in.require(byteCount + 1);
                boolean negative = in.u8() != 0;
                int start = in.skip(byteCount);
                value = 0;
                for (long i = byteCount - 1; i >= 0; i--) {
                    if (value > (TermTags.MAX_SMALL >> 8)) {
                        throw ErlangException.badarg("integer field is not a small integer");
                    }
                    value = (value << 8) | (in.data()[start + (int) i] & 0xFF);
                }
                value = negative ? -value : value;
            }
            default -> throw ErlangException.badarg("integer field expected");
        }
        if (!TermTags.fitsSmall(value)) {
            throw ErlangException.badarg("integer field is not a small integer");
        }
        return value;
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw ErlangException.badarg("external float is not finite");
        }
        return value;
    }

    // Atoms.

    /** An atom where the format requires one (node names, modules, functions). */
    private long atom() {
        int tag = in.u8();
        if (tag != ExternalTags.ATOM_EXT && tag != ExternalTags.SMALL_ATOM_EXT
                && tag != ExternalTags.ATOM_UTF8_EXT && tag != ExternalTags.SMALL_ATOM_UTF8_EXT) {
            throw ErlangException.badarg("atom expected");
        }
        return atomBody(tag);
    }

    private long atomBody(int tag) {
        boolean small = tag == ExternalTags.SMALL_ATOM_EXT || tag == ExternalTags.SMALL_ATOM_UTF8_EXT;
        int length = small ? in.u8() : in.u16();
        int start = in.skip(length);
        byte[] utf8;
        if (tag == ExternalTags.ATOM_EXT || tag == ExternalTags.SMALL_ATOM_EXT) {
            if (length > MAX_ATOM_LATIN1_BYTES) {
                throw ErlangException.badarg("atom longer than 255 characters");
            }
            utf8 = latin1ToUtf8(in.data(), start, length);
        } else {
            int characters = Utf8.countCharacters(in.data(), start, length);
            if (characters < 0 || characters > AtomTable.MAX_ATOM_CHARACTERS) {
                throw ErlangException.badarg("atom text is not UTF-8 of at most 255 characters");
            }
            utf8 = Arrays.copyOfRange(in.data(), start, start + length);
        }
        if (safe) {
            long existing = atoms.existing(utf8);
            if (existing == TermTags.NON_VALUE) {
                throw ErlangException.badarg("safe decoding met an atom that does not exist");
            }
            return existing;
        }
        try {
            return TermTags.makeAtom(atoms.intern(utf8));
        } catch (ErlangException e) {
            throw ErlangException.badarg("atom cannot be created: " + e.getMessage());
        }
    }

    private static byte[] latin1ToUtf8(byte[] data, int start, int length) {
        byte[] utf8 = new byte[length * 2];
        int size = 0;
        for (int i = 0; i < length; i++) {
            int c = data[start + i] & 0xFF;
            if (c < 0x80) {
                utf8[size++] = (byte) c;
            } else {
                utf8[size++] = (byte) (0xC0 | (c >>> 6));
                utf8[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return Arrays.copyOf(utf8, size);
    }

    // Lists, tuples, maps.

    private long string(int length) {
        int start = in.skip(length);
        if (length == 0) {
            return TermTags.NIL;
        }
        long cells = heap.allocate(2 * length);
        byte[] data = in.data();
        for (int i = 0; i < length; i++) {
            long cell = cells + 16L * i;
            NativeMemory.setWord(cell, TermTags.makeSmall(data[start + i] & 0xFF));
            NativeMemory.setWordAt(cell, 1, i + 1 < length ? TermTags.makeList(cell + 16) : TermTags.NIL);
        }
        return TermTags.makeList(cells);
    }

    /** {@code LIST_EXT}: {@code length} elements then the tail; cells are made as they come. */
    private void list(long slot, long length) {
        in.require(length + 1);
        if (length == 0) {
            push(SLOTS, slot, 1, 0);
            return;
        }
        continueList(slot, length);
    }

    /** Links a new cell into {@code slot}, or decodes the tail there when no elements remain. */
    private void continueList(long slot, long remaining) {
        if (remaining == 0) {
            push(SLOTS, slot, 1, 0);
            return;
        }
        long cell = Lists.cons(heap, TermTags.NIL, TermTags.NIL);
        store(slot, cell);
        long address = TermTags.pointer(cell);
        push(LIST_NEXT, address + NativeMemory.WORD_BYTES, remaining - 1, 0);
        push(SLOTS, address, 1, 0);
    }

    private void tuple(long slot, long arity) {
        in.require(arity);
        long tuple = Tuples.allocate(heap, (int) arity);
        store(slot, tuple);
        if (arity > 0) {
            push(SLOTS, TermTags.pointer(tuple) + NativeMemory.WORD_BYTES, arity, 0);
        }
    }

    /** {@code MAP_EXT}: keys and values land in scratch words, and the map is built after. */
    private void map(long slot, long size) {
        in.require(2 * size);
        if (size == 0) {
            store(slot, Maps.empty(heap));
            return;
        }
        long scratch = heap.allocate((int) (2 * size));
        for (long i = 0; i < 2 * size; i++) {
            NativeMemory.setWordAt(scratch, i, TermTags.NIL);
        }
        push(MAP_FINISH, scratch, size, slot);
        push(SLOTS, scratch, 2 * size, 0);
    }

    // Binaries.

    private long binary(long length) {
        int start = in.skip(length);
        return Binaries.make(heap, in.data(), start, (int) length);
    }

    /** {@code BIT_BINARY_EXT}: OTP wants 1-8 bits in the last byte, or 0 bits of 0 bytes. */
    private long bitBinary() {
        long length = in.u32();
        int bits = in.u8();
        if ((bits == 0) != (length == 0) || bits > 8) {
            throw ErlangException.badarg("BIT_BINARY_EXT has a bad bit count");
        }
        long binary = binary(length);
        if (bits == 8 || length == 0) {
            return binary;
        }
        return Binaries.subBinary(heap, binary, 0, (length - 1) * 8 + bits);
    }

    // Pids, ports and references.

    private long creation(int tag, int tinyTag) {
        if (tag != tinyTag) {
            return in.u32();
        }
        int creation = in.u8();
        if (creation > MAX_TINY_CREATION) {
            throw ErlangException.badarg("creation above 3 in an old identifier");
        }
        return creation;
    }

    private static boolean isLocal(long node, long creation) {
        return node == Atoms.NONODE && creation == 0;
    }

    private long pid(int tag) {
        long node = atom();
        long number = in.u32();
        long serial = in.u32();
        long creation = creation(tag, ExternalTags.PID_EXT);
        if (!isLocal(node, creation)) {
            return Identifiers.externalPid(heap, node, creation, number, serial);
        }
        if (number > MAX_LOCAL_PID_NUMBER || serial > MAX_LOCAL_PID_SERIAL) {
            throw ErlangException.badarg("local pid out of range");
        }
        return Identifiers.localPid(number, serial);
    }

    private long port(int tag) {
        long node = atom();
        long number = tag == ExternalTags.V4_PORT_EXT ? in.u64() : in.u32();
        long creation = creation(tag, ExternalTags.PORT_EXT);
        if (!isLocal(node, creation)) {
            return Identifiers.externalPort(heap, node, creation, number);
        }
        if (number < 0 || number > MAX_LOCAL_PORT_NUMBER) {
            throw ErlangException.badarg("local port out of range");
        }
        return Identifiers.localPort(number);
    }

    private long reference(int tag) {
        int count = tag == ExternalTags.REFERENCE_EXT ? 1 : in.u16();
        long node = atom();
        long[] ids;
        long creation;
        if (tag == ExternalTags.REFERENCE_EXT) {
            ids = new long[] {in.u32()};
            creation = creation(tag, tag);
        } else {
            creation = creation(tag, ExternalTags.NEW_REFERENCE_EXT);
            if (count > MAX_REFERENCE_IDS || (count == 0 && tag == ExternalTags.NEW_REFERENCE_EXT)) {
                throw ErlangException.badarg("reference with a bad number of ids");
            }
            in.require(4L * count);
            ids = new long[count];
            for (int i = 0; i < count; i++) {
                ids[i] = in.u32();
            }
        }
        boolean local = isLocal(node, creation);
        if ((tag != ExternalTags.NEWER_REFERENCE_EXT || local) && count > 0 && ids[0] > MAX_REFERENCE_FIRST_ID) {
            throw ErlangException.badarg("reference's first id above 18 bits");
        }
        if (!local) {
            return Identifiers.externalReference(heap, node, creation, ids);
        }
        if (count == 0 || count > LOCAL_REFERENCE_IDS) {
            throw ErlangException.badarg("local reference with a bad number of ids");
        }
        return Identifiers.localReference(heap, Arrays.copyOf(ids, LOCAL_REFERENCE_IDS));
    }

    // Funs.

    /**
     * {@code NEW_FUN_EXT}. OTP 25 neither checks the size field against the bytes nor
     * refuses unknown fun entries in safe mode, so neither does this.
     */
    private void localFun(long slot) {
        in.u32();
        int arity = in.u8();
        int uniqStart = in.skip(16);
        byte[] uniq = Arrays.copyOfRange(in.data(), uniqStart, uniqStart + 16);
        long index = in.u32();
        long freeCount = in.u32();
        if (freeCount > MAX_FREE_VARIABLES) {
            throw ErlangException.badarg("fun with more than 255 free variables");
        }
        long module = atom();
        long oldIndex = smallIntegerField();
        long oldUniq = smallIntegerField();
        int pidTag = in.u8();
        if (pidTag != ExternalTags.PID_EXT && pidTag != ExternalTags.NEW_PID_EXT) {
            throw ErlangException.badarg("fun creator is not a pid");
        }
        long creator = pid(pidTag);
        if (oldIndex < Integer.MIN_VALUE || oldIndex > Integer.MAX_VALUE) {
            throw ErlangException.badarg("fun old index out of range");
        }
        in.require(freeCount);
        long entry = funs.entry(module, (int) index, uniq, oldUniq, (int) oldIndex, arity + (int) freeCount);
        long[] free = new long[(int) freeCount];
        Arrays.fill(free, TermTags.NIL);
        long fun = Funs.makeLocal(heap, entry, arity, creator, free);
        store(slot, fun);
        if (freeCount > 0) {
            push(SLOTS, Funs.freeVariableAddress(fun, 0), freeCount, 0);
        }
    }

    /** {@code EXPORT_EXT}; in safe mode the export entry must already exist. */
    private long export() {
        long module = atom();
        long function = atom();
        long arity = smallIntegerField();
        if (arity < 0 || arity > Integer.MAX_VALUE) {
            throw ErlangException.badarg("export arity out of range");
        }
        long entry = safe ? exports.find(module, function, (int) arity)
                : exports.entry(module, function, (int) arity);
        if (entry == 0) {
            throw ErlangException.badarg("safe decoding met an unknown export");
        }
        return Funs.makeExport(heap, entry);
    }

    private void push(int kind, long address, long count, long target) {
        if (depth == stackKinds.length) {
            int grown = depth * 2;
            stackKinds = Arrays.copyOf(stackKinds, grown);
            stackAddresses = Arrays.copyOf(stackAddresses, grown);
            stackCounts = Arrays.copyOf(stackCounts, grown);
            stackTargets = Arrays.copyOf(stackTargets, grown);
        }
        stackKinds[depth] = kind;
        stackAddresses[depth] = address;
        stackCounts[depth] = count;
        stackTargets[depth] = target;
        depth++;
    }
}

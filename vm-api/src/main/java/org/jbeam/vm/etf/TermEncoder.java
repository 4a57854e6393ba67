package org.jbeam.vm.etf;

import java.util.Arrays;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Writes a term in the external format as OTP 25's {@code term_to_binary/2} does
 * ({@code enc_term_int} in {@code external.c}), byte for byte.
 *
 * <p>The walk keeps its pending work on an explicit stack, so nesting depth is bounded by
 * memory, not by the Java stack, and a long encoding can stop and go on ({@link #advance}). Choices that follow OTP 25: small integers 0-255 as
 * {@code SMALL_INTEGER_EXT}, other 32-bit values as {@code INTEGER_EXT}, the rest as
 * bignums; Latin-1 atoms as {@code ATOM_EXT} below minor version 2; proper lists of bytes
 * up to 65535 long as {@code STRING_EXT}; pids as {@code NEW_PID_EXT}; ports as
 * {@code NEW_PORT_EXT} unless their number needs more than 28 bits ({@code V4_PORT_EXT});
 * references as {@code NEWER_REFERENCE_EXT}; local identifiers with node
 * {@code nonode@nohost} and creation 0. One encoder writes one term.
 */
public final class TermEncoder {
    /** Work items: encode a term, or continue a list, tuple or fun that is under way. */
    private static final int TERM = 0;
    private static final int LIST_REST = 1;
    private static final int TUPLE_REST = 2;
    private static final int FUN_SIZE = 3;

    /** OTP 25 writes {@code V4_PORT_EXT} only for port numbers past the 28 bits of local ports. */
    private static final long MAX_NEW_PORT_NUMBER = (1L << 28) - 1;

    private final AtomTable atoms;
    private final EncodeOptions options;
    private final TermOrder order;
    private final ByteOutput out = new ByteOutput();
    private long[] stackValues = new long[64];
    private int[] stackKinds = new int[64];
    private int[] stackIndices = new int[64];
    private int depth;

    public TermEncoder(AtomTable atoms, EncodeOptions options) {
        this.atoms = atoms;
        this.options = options;
        this.order = new TermOrder(atoms);
    }

    /** The uncompressed encoding of {@code term}, starting with the version byte 131. */
    public byte[] encode(long term) {
        begin(term);
        advance(Integer.MAX_VALUE);
        return bytes();
    }

    /**
     * Starts encoding {@code term}, to go on with {@link #advance}. Until the encoding is
     * finished, the heap holding the term must not move (its addresses are on this encoder's
     * stack): a BIF that traps between the steps keeps its process from being collected.
     */
    public void begin(long term) {
        out.write8(ExternalTags.VERSION_MAGIC);
        push(TERM, term, 0);
    }

    /**
     * Encodes on until about {@code byteBudget} more bytes are written (a single term may
     * overshoot it by its own size) or the term is finished.
     *
     * @return whether the term is finished
     */
    public boolean advance(int byteBudget) {
        long stop = (long) out.size() + byteBudget;
        while (depth > 0 && out.size() < stop) {
            depth--;
            long value = stackValues[depth];
            int index = stackIndices[depth];
            switch (stackKinds[depth]) {
                case TERM -> encodeTerm(value);
                case LIST_REST -> continueList(value);
                case TUPLE_REST -> continueTuple(value, index);
                case FUN_SIZE -> out.patch32(index, out.size() - index);
                default -> throw new IllegalStateException("unknown work item");
            }
        }
        return depth == 0;
    }

    /** Bytes written so far. */
    public int size() {
        return out.size();
    }

    /** The finished encoding, starting with the version byte 131. */
    public byte[] bytes() {
        if (depth > 0) {
            throw new IllegalStateException("the encoding is not finished");
        }
        return out.toByteArray();
    }

    private void encodeTerm(long term) {
        if (TermTags.isSmall(term)) {
            writeInteger(TermTags.smallValue(term));
        } else if (TermTags.isAtom(term)) {
            writeAtom(term);
        } else if (term == TermTags.NIL) {
            out.write8(ExternalTags.NIL_EXT);
        } else if (TermTags.isList(term)) {
            writeList(term);
        } else if (TermTags.isLocalPid(term)) {
            writePid(Atoms.NONODE, 0, Identifiers.pidNumber(term), Identifiers.pidSerial(term));
        } else if (TermTags.isLocalPort(term)) {
            writePort(Atoms.NONODE, 0, Identifiers.portNumber(term));
        } else if (TermTags.isBoxed(term)) {
            encodeBoxed(term);
        } else {
            throw new IllegalArgumentException("not a term: 0x" + Long.toHexString(term));
        }
    }

    private void encodeBoxed(long term) {
        switch (TermTags.headerSubtag(Boxed.header(term))) {
            case TermTags.TUPLE_SUBTAG -> writeTuple(term);
            case TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG -> writeBignum(term);
            case TermTags.FLOAT_SUBTAG -> writeFloat(Floats.value(term));
            case TermTags.HEAP_BINARY_SUBTAG, TermTags.REFC_BINARY_SUBTAG, TermTags.SUB_BINARY_SUBTAG ->
                    writeBinary(term);
            case TermTags.REF_SUBTAG -> writeReference(Atoms.NONODE, 0, localReferenceIds(term));
            case TermTags.EXTERNAL_PID_SUBTAG -> writePid(Identifiers.externalNode(term),
                    Identifiers.externalCreation(term), Identifiers.externalData(term, 0),
                    Identifiers.externalData(term, 1));
            case TermTags.EXTERNAL_PORT_SUBTAG -> writePort(Identifiers.externalNode(term),
                    Identifiers.externalCreation(term), Identifiers.externalData(term, 0));
            case TermTags.EXTERNAL_REF_SUBTAG -> writeReference(Identifiers.externalNode(term),
                    Identifiers.externalCreation(term), externalReferenceIds(term));
            case TermTags.FUN_SUBTAG -> writeLocalFun(term);
            case TermTags.EXPORT_SUBTAG -> writeExport(Funs.exportEntry(term));
            case TermTags.MAP_SUBTAG -> writeMap(term);
            default -> throw new IllegalArgumentException("cannot encode boxed term 0x" + Long.toHexString(term));
        }
    }

    // Numbers.

    private void writeInteger(long value) {
        if (value >= 0 && value <= 255) {
            out.write8(ExternalTags.SMALL_INTEGER_EXT);
            out.write8((int) value);
        } else if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            out.write8(ExternalTags.INTEGER_EXT);
            out.write32(value);
        } else {
            // A small integer is at most 60 bits, so its magnitude fits one unsigned digit.
            writeBigHeader(byteLength(new long[] {Math.abs(value)}), value < 0);
            writeMagnitude(new long[] {Math.abs(value)});
        }
    }

    private void writeBignum(long bignum) {
        long[] digits = new long[Integers.digitCount(bignum)];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = Integers.digit(bignum, i);
        }
        writeBigHeader(byteLength(digits), Integers.isNegativeBignum(bignum));
        writeMagnitude(digits);
    }

    private void writeBigHeader(int bytes, boolean negative) {
        if (bytes <= 255) {
            out.write8(ExternalTags.SMALL_BIG_EXT);
            out.write8(bytes);
        } else {
            out.write8(ExternalTags.LARGE_BIG_EXT);
            out.write32(bytes);
        }
        out.write8(negative ? 1 : 0);
    }

    /** Bytes of the magnitude without leading zero bytes (little-endian digits given). */
    private static int byteLength(long[] digits) {
        int top = digits.length - 1;
        while (top > 0 && digits[top] == 0) {
            top--;
        }
        return top * 8 + (64 - Long.numberOfLeadingZeros(digits[top]) + 7) / 8;
    }

    private void writeMagnitude(long[] digits) {
        int bytes = byteLength(digits);
        for (int i = 0; i < bytes; i++) {
            out.write8((int) (digits[i / 8] >>> (8 * (i % 8))));
        }
    }

    private void writeFloat(double value) {
        if (options.minorVersion() == 0) {
            out.write8(ExternalTags.FLOAT_EXT);
            out.write(FloatText.encode(value));
        } else {
            out.write8(ExternalTags.NEW_FLOAT_EXT);
            out.write64(Double.doubleToRawLongBits(value));
        }
    }

    // Atoms.

    private void writeAtom(long atom) {
        byte[] utf8 = atoms.utf8(atom);
        byte[] latin1 = options.minorVersion() < 2 ? toLatin1(utf8) : null;
        if (latin1 != null) {
            out.write8(ExternalTags.ATOM_EXT);
            out.write16(latin1.length);
            out.write(latin1);
        } else if (utf8.length <= 255) {
            out.write8(ExternalTags.SMALL_ATOM_UTF8_EXT);
            out.write8(utf8.length);
            out.write(utf8);
        } else {
            out.write8(ExternalTags.ATOM_UTF8_EXT);
            out.write16(utf8.length);
            out.write(utf8);
        }
    }

    /** The Latin-1 bytes of well-formed UTF-8 text, or null when a character is above U+00FF. */
    static byte[] toLatin1(byte[] utf8) {
        byte[] latin1 = new byte[utf8.length];
        int length = 0;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xFF;
            if (b < 0x80) {
                latin1[length++] = (byte) b;
            } else if ((b == 0xC2 || b == 0xC3) && i + 1 < utf8.length) {
                latin1[length++] = (byte) (((b & 0x03) << 6) | (utf8[++i] & 0x3F));
            } else {
                return null;
            }
        }
        return Arrays.copyOf(latin1, length);
    }

    // Lists and tuples.

    private void writeList(long list) {
        int stringLength = byteStringLength(list);
        if (stringLength > 0) {
            out.write8(ExternalTags.STRING_EXT);
            out.write16(stringLength);
            for (long cell = list; cell != TermTags.NIL; cell = Lists.tail(cell)) {
                out.write8((int) TermTags.smallValue(Lists.head(cell)));
            }
            return;
        }
        long length = 0;
        long tail = list;
        while (TermTags.isList(tail)) {
            length++;
            tail = Lists.tail(tail);
        }
        out.write8(ExternalTags.LIST_EXT);
        out.write32(length);
        push(TERM, tail, 0);
        continueList(list);
    }

    /** The length of a proper list of bytes no longer than 65535, else 0. */
    private static int byteStringLength(long list) {
        int length = 0;
        long cell = list;
        while (TermTags.isList(cell)) {
            long head = Lists.head(cell);
            if (!TermTags.isSmall(head) || (head >>> TermTags.IMMEDIATE1_SIZE) > 255
                    || length == ExternalTags.MAX_STRING_LENGTH) {
                return 0;
            }
            length++;
            cell = Lists.tail(cell);
        }
        return cell == TermTags.NIL ? length : 0;
    }

    /** Encodes the head of {@code cell} next, then the rest of its cells. */
    private void continueList(long cell) {
        long tail = Lists.tail(cell);
        if (TermTags.isList(tail)) {
            push(LIST_REST, tail, 0);
        }
        push(TERM, Lists.head(cell), 0);
    }

    private void writeTuple(long tuple) {
        int arity = Tuples.arity(tuple);
        if (arity <= 255) {
            out.write8(ExternalTags.SMALL_TUPLE_EXT);
            out.write8(arity);
        } else {
            out.write8(ExternalTags.LARGE_TUPLE_EXT);
            out.write32(arity);
        }
        if (arity > 0) {
            continueTuple(tuple, 1);
        }
    }

    private void continueTuple(long tuple, int index) {
        if (index < Tuples.arity(tuple)) {
            push(TUPLE_REST, tuple, index + 1);
        }
        push(TERM, Tuples.element(tuple, index), 0);
    }

    // Binaries.

    private void writeBinary(long binary) {
        byte[] bytes = Binaries.toByteArray(binary);
        int tailBits = (int) (Binaries.bitSize(binary) & 7);
        if (tailBits == 0) {
            out.write8(ExternalTags.BINARY_EXT);
            out.write32(bytes.length);
        } else {
            out.write8(ExternalTags.BIT_BINARY_EXT);
            out.write32(bytes.length);
            out.write8(tailBits);
        }
        out.write(bytes);
    }

    // Pids, ports and references.

    private void writePid(long node, long creation, long number, long serial) {
        out.write8(ExternalTags.NEW_PID_EXT);
        writeAtom(node);
        out.write32(number);
        out.write32(serial);
        out.write32(creation);
    }

    private void writePort(long node, long creation, long number) {
        if (number <= MAX_NEW_PORT_NUMBER) {
            out.write8(ExternalTags.NEW_PORT_EXT);
            writeAtom(node);
            out.write32(number);
        } else {
            out.write8(ExternalTags.V4_PORT_EXT);
            writeAtom(node);
            out.write64(number);
        }
        out.write32(creation);
    }

    private void writeReference(long node, long creation, long[] ids) {
        out.write8(ExternalTags.NEWER_REFERENCE_EXT);
        out.write16(ids.length);
        writeAtom(node);
        out.write32(creation);
        for (long id : ids) {
            out.write32(id);
        }
    }

    private static long[] localReferenceIds(long reference) {
        long[] ids = new long[Identifiers.referenceIdCount(reference)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Identifiers.referenceId(reference, i);
        }
        return ids;
    }

    private static long[] externalReferenceIds(long reference) {
        long[] ids = new long[Identifiers.externalDataCount(reference)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Identifiers.externalData(reference, i);
        }
        return ids;
    }

    // Funs.

    /**
     * {@code NEW_FUN_EXT}: its size field counts every byte after the tag, free variables
     * included, so it is patched once the last free variable is written.
     */
    private void writeLocalFun(long fun) {
        long entry = Funs.funEntry(fun);
        int freeCount = Funs.freeCount(fun);
        out.write8(ExternalTags.NEW_FUN_EXT);
        int sizePosition = out.size();
        out.write32(0);
        out.write8(Funs.arity(fun));
        out.write(FunEntry.uniq(entry));
        out.write32(FunEntry.index(entry));
        out.write32(freeCount);
        writeAtom(FunEntry.module(entry));
        // OTP keeps the old index and uniq as signed 32-bit numbers.
        writeInteger(FunEntry.oldIndex(entry));
        writeInteger((int) FunEntry.oldUniq(entry));
        long creator = Funs.creator(fun);
        if (TermTags.isLocalPid(creator)) {
            writePid(Atoms.NONODE, 0, Identifiers.pidNumber(creator), Identifiers.pidSerial(creator));
        } else {
            writePid(Identifiers.externalNode(creator), Identifiers.externalCreation(creator),
                    Identifiers.externalData(creator, 0), Identifiers.externalData(creator, 1));
        }
        push(FUN_SIZE, 0, sizePosition);
        for (int i = freeCount - 1; i >= 0; i--) {
            push(TERM, Funs.freeVariable(fun, i), 0);
        }
    }

    private void writeExport(long entry) {
        out.write8(ExternalTags.EXPORT_EXT);
        writeAtom(ExportEntry.module(entry));
        writeAtom(ExportEntry.function(entry));
        writeInteger(ExportEntry.arity(entry));
    }

    // Maps.

    /** {@code MAP_EXT}: the pairs in the map's internal order, or key order if deterministic. */
    private void writeMap(long map) {
        long[] pairs = MapCodec.pairs(order, map, options.deterministic());
        out.write8(ExternalTags.MAP_EXT);
        out.write32(pairs.length / 2);
        for (int i = pairs.length - 1; i >= 0; i--) {
            push(TERM, pairs[i], 0);
        }
    }

    private void push(int kind, long value, int index) {
        if (depth == stackKinds.length) {
            int grown = depth * 2;
            stackKinds = Arrays.copyOf(stackKinds, grown);
            stackValues = Arrays.copyOf(stackValues, grown);
            stackIndices = Arrays.copyOf(stackIndices, grown);
        }
        stackKinds[depth] = kind;
        stackValues[depth] = value;
        stackIndices[depth] = index;
        depth++;
    }
}

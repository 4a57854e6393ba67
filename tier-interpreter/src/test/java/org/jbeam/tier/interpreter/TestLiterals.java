package org.jbeam.tier.interpreter;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LiteralDecoder;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A test-only literal decoder for the external-term-format subset the test programs' literals
 * use (numbers, atoms, tuples, lists, strings, export funs,
 * maps), until the runtime's own decoder is connected.
 * A literal outside the subset (binaries in OTP's own modules) stays
 * {@link TermTags#NON_VALUE}, so those modules load; the tests never reach code that uses one.
 */
final class TestLiterals implements LiteralDecoder, AutoCloseable {
    private final AtomTable atoms;
    private final ExportTable exports;
    private final HeapFragments area = new HeapFragments();

    private final TermOrder order;

    TestLiterals(AtomTable atoms, ExportTable exports) {
        this.atoms = atoms;
        this.order = new TermOrder(atoms);
        this.exports = exports;
    }

    @Override
    public long decode(byte[] externalFormat) {
        ByteBuffer in = ByteBuffer.wrap(externalFormat);
        if ((in.get() & 0xFF) != 131) {
            throw new IllegalArgumentException("no version byte");
        }
        try {
            return term(in);
        } catch (UnsupportedOperationException e) {
            return TermTags.NON_VALUE;
        }
    }

    private long term(ByteBuffer in) {
        int tag = in.get() & 0xFF;
        return switch (tag) {
            case 70 -> Floats.make(area, in.getDouble());
            case 97 -> TermTags.makeSmall(in.get() & 0xFF);
            case 98 -> TermTags.makeSmall(in.getInt());
            case 110 -> big(in, in.get() & 0xFF);
            case 111 -> big(in, in.getInt());
            case 100, 118 -> atom(in, in.getShort() & 0xFFFF);
            case 115, 119 -> atom(in, in.get() & 0xFF);
            case 104 -> tuple(in, in.get() & 0xFF);
            case 105 -> tuple(in, in.getInt());
            case 106 -> TermTags.NIL;
            case 107 -> string(in, in.getShort() & 0xFFFF);
            case 108 -> list(in, in.getInt());
            case 113 -> exportFun(in);
            case 116 -> map(in, in.getInt());
            default -> throw new UnsupportedOperationException("external tag " + tag + " not in the test subset");
        };
    }

    private long big(ByteBuffer in, int length) {
        boolean negative = in.get() != 0;
        byte[] magnitude = new byte[length];
        for (int i = length - 1; i >= 0; i--) {
            magnitude[i] = in.get();
        }
        BigInteger value = new BigInteger(1, magnitude);
        return Integers.fromBigInteger(area, negative ? value.negate() : value);
    }

    private long atom(ByteBuffer in, int length) {
        byte[] text = new byte[length];
        in.get(text);
        return atoms.atom(new String(text, StandardCharsets.UTF_8));
    }

    /** {@code fun M:F/A}: module and function atoms, then the arity as a small integer. */
    private long exportFun(ByteBuffer in) {
        long module = term(in);
        long function = term(in);
        long arity = term(in);
        return Funs.makeExport(area, exports.entry(module, function, (int) TermTags.smallValue(arity)));
    }

    private long map(ByteBuffer in, int size) {
        long[] keys = new long[size];
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = term(in);
            values[i] = term(in);
        }
        return Maps.fromPairs(order, area, keys, values);
    }

    private long tuple(ByteBuffer in, int arity) {
        long[] elements = new long[arity];
        for (int i = 0; i < arity; i++) {
            elements[i] = term(in);
        }
        return Tuples.make(area, elements);
    }

    private long string(ByteBuffer in, int length) {
        long[] chars = new long[length];
        for (int i = 0; i < length; i++) {
            chars[i] = TermTags.makeSmall(in.get() & 0xFF);
        }
        return Lists.of(area, chars);
    }

    private long list(ByteBuffer in, int length) {
        long[] elements = new long[length];
        for (int i = 0; i < length; i++) {
            elements[i] = term(in);
        }
        long result = term(in);
        for (int i = length - 1; i >= 0; i--) {
            result = Lists.cons(area, elements[i], result);
        }
        return result;
    }

    @Override
    public void close() {
        area.close();
    }
}

package org.jbeam.vm.term;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.heap.HeapAllocator;

/**
 * Rebuilds terms from the prefix text that {@code jbeam_terms:encode/1} prints (the format is
 * documented there): one parser per line, terms built on the given heap.
 */
final class ErlTermText {
    private final TermOrder order;
    private final HeapAllocator heap;
    private final ExportTable exports;
    private final FunTable funs;
    private String text;
    private int at;

    ErlTermText(TermOrder order, HeapAllocator heap, ExportTable exports, FunTable funs) {
        this.order = order;
        this.heap = heap;
        this.exports = exports;
        this.funs = funs;
    }

    private AtomTable atoms() {
        return order.atoms();
    }

    long parse(String line) {
        text = line;
        at = 0;
        long term = term();
        if (at != text.length()) {
            throw new IllegalArgumentException("trailing text at " + at + " in " + line);
        }
        return term;
    }

    private long term() {
        char kind = text.charAt(at++);
        return switch (kind) {
            case 'i' -> Integers.fromBigInteger(heap, new BigInteger(until(';')));
            case 'f' -> Floats.make(heap, Double.longBitsToDouble(Long.parseUnsignedLong(until(';'), 16)));
            case 'a' -> atom(until(';'));
            case 'b' -> bitstring();
            case 't' -> {
                int arity = Integer.parseInt(until(':'));
                long[] elements = new long[arity];
                for (int i = 0; i < arity; i++) {
                    elements[i] = term();
                }
                yield Tuples.make(heap, elements);
            }
            case 'n' -> TermTags.NIL;
            case 'l' -> list();
            case 'm' -> map();
            case 'p' -> pid();
            case 'o' -> port();
            case 'r' -> reference();
            case 'e' -> {
                String[] parts = until(';').split("\\.");
                yield Funs.makeExport(heap, exports.entry(atom(parts[0]), atom(parts[1]), Integer.parseInt(parts[2])));
            }
            case 'u' -> localFun();
            default -> throw new IllegalArgumentException("bad term kind '" + kind + "' at " + (at - 1));
        };
    }

    private String until(char end) {
        int stop = text.indexOf(end, at);
        String part = text.substring(at, stop);
        at = stop + 1;
        return part;
    }

    long atom(String hex) {
        return atoms().atom(new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));
    }

    private long bitstring() {
        long bits = Long.parseLong(until(':'));
        byte[] bytes = HexFormat.of().parseHex(until(';'));
        long whole = Binaries.make(heap, bytes);
        return (bits & 7) == 0 ? whole : Binaries.subBinary(heap, whole, 0, bits);
    }

    private long list() {
        int count = Integer.parseInt(until(':'));
        List<Long> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(term());
        }
        long list = term();
        for (int i = count - 1; i >= 0; i--) {
            list = Lists.cons(heap, elements.get(i), list);
        }
        return list;
    }

    private long map() {
        int size = Integer.parseInt(until(':'));
        long[] keys = new long[size];
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = term();
            values[i] = term();
        }
        return Maps.fromPairs(order, heap, keys, values);
    }

    private long pid() {
        String[] parts = until(';').split("\\.");
        long node = atom(parts[0]);
        long number = Long.parseLong(parts[1]);
        long serial = Long.parseLong(parts[2]);
        long creation = Long.parseLong(parts[3]);
        if (node == Atoms.NONODE && creation == 0) {
            return Identifiers.localPid(number, serial);
        }
        return Identifiers.externalPid(heap, node, creation, number, serial);
    }

    private long port() {
        String[] parts = until(';').split("\\.");
        long node = atom(parts[0]);
        long number = Long.parseLong(parts[1]);
        long creation = Long.parseLong(parts[2]);
        if (node == Atoms.NONODE && creation == 0) {
            return Identifiers.localPort(number);
        }
        return Identifiers.externalPort(heap, node, creation, number);
    }

    private long reference() {
        String[] parts = until(';').split("\\.");
        long node = atom(parts[0]);
        long creation = Long.parseLong(parts[1]);
        int count = Integer.parseInt(parts[2]);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Long.parseLong(parts[3 + i]);
        }
        if (node == Atoms.NONODE && creation == 0) {
            return Identifiers.localReference(heap, ids);
        }
        return Identifiers.externalReference(heap, node, creation, ids);
    }

    private long localFun() {
        String[] parts = until(':').split("\\.");
        long module = atom(parts[0]);
        int index = Integer.parseInt(parts[1]);
        long oldUniq = Long.parseLong(parts[2]);
        byte[] md5 = HexFormat.of().parseHex(parts[3]);
        int arity = Integer.parseInt(parts[4]);
        int free = Integer.parseInt(parts[5]);
        long[] env = new long[free];
        for (int i = 0; i < free; i++) {
            env[i] = term();
        }
        long entry = funs.entry(module, index, md5, oldUniq, index, arity + free);
        return Funs.makeLocal(heap, entry, arity, Identifiers.localPid(0, 0), env);
    }
}

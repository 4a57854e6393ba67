package org.jbeam.vm.bif;

import java.io.ByteArrayOutputStream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code unicode:characters_to_list/1,2} and {@code unicode:characters_to_binary/1,2,3}
 * ({@code erl_unicode.c}; NIF-like BIFs in OTP). Input is chardata: a binary in the input
 * encoding, or a possibly deep list of code points and binaries, whose tail may be a binary.
 * A bad code point or bad bytes give {@code {error, SoFar, Rest}}; bytes cut short at the very
 * end of the input give {@code {incomplete, SoFar, Rest}}; anything that is not chardata is
 * {@code badarg}. {@code Rest} is shaped as OTP's: the unconverted tail at the innermost level,
 * consed in front of each enclosing list's tail. Input encodings are {@code latin1},
 * {@code unicode} and {@code utf8}; output may also be {@code utf16} or {@code utf32}.
 */
final class UnicodeBifs {
    private UnicodeBifs() {}

    private enum Encoding { LATIN1, UTF8, UTF16_BIG, UTF16_LITTLE, UTF32_BIG, UTF32_LITTLE }

    static void register(BifTable t) {
        AtomTable atoms = t.atoms();
        t.register("unicode", "characters_to_list", 1, (p, a) -> convert(p, a[0], Encoding.UTF8, null));
        t.register("unicode", "characters_to_list", 2,
                (p, a) -> convert(p, a[0], inputEncoding(atoms, a[1]), null));
        t.register("unicode", "characters_to_binary", 1,
                (p, a) -> convert(p, a[0], Encoding.UTF8, Encoding.UTF8));
        t.register("unicode", "characters_to_binary", 2,
                (p, a) -> convert(p, a[0], inputEncoding(atoms, a[1]), Encoding.UTF8));
        t.register("unicode", "characters_to_binary", 3,
                (p, a) -> convert(p, a[0], inputEncoding(atoms, a[1]), encoding(atoms, a[2])));
    }

    private static Encoding inputEncoding(AtomTable atoms, long term) {
        Encoding encoding = encoding(atoms, term);
        TermText.require(encoding == Encoding.LATIN1 || encoding == Encoding.UTF8, "unsupported input encoding");
        return encoding;
    }

    private static Encoding encoding(AtomTable atoms, long term) {
        if (Tuples.isTuple(term) && Tuples.arity(term) == 2 && TermTags.isAtom(Tuples.element(term, 1))
                && TermTags.isAtom(Tuples.element(term, 2))) {
            String kind = atoms.name(Tuples.element(term, 1));
            String order = atoms.name(Tuples.element(term, 2));
            TermText.require(order.equals("big") || order.equals("little"), "bad byte order");
            boolean big = order.equals("big");
            return switch (kind) {
                case "utf8", "unicode" -> Encoding.UTF8;
                case "utf16" -> big ? Encoding.UTF16_BIG : Encoding.UTF16_LITTLE;
                case "utf32" -> big ? Encoding.UTF32_BIG : Encoding.UTF32_LITTLE;
                default -> throw ErlangException.badarg("bad encoding");
            };
        }
        TermText.require(TermTags.isAtom(term), "bad encoding");
        return switch (atoms.name(term)) {
            case "latin1" -> Encoding.LATIN1;
            case "unicode", "utf8" -> Encoding.UTF8;
            case "utf16" -> Encoding.UTF16_BIG;
            case "utf32" -> Encoding.UTF32_BIG;
            default -> throw ErlangException.badarg("bad encoding");
        };
    }

    /** The walk's state: code points so far, and where and how it stopped. */
    private static final class Walk {
        final HeapAllocator heap;
        final Encoding in;
        final Encoding out;
        int[] codes = new int[16];
        int count;
        long rest = TermTags.NON_VALUE;
        boolean incomplete;

        Walk(HeapAllocator heap, Encoding in, Encoding out) {
            this.heap = heap;
            this.in = in;
            this.out = out;
        }

        void add(int code) {
            if (count == codes.length) {
                codes = java.util.Arrays.copyOf(codes, count * 2);
            }
            codes[count++] = code;
        }

        boolean valid(long code) {
            long max = in == Encoding.LATIN1 || out == Encoding.LATIN1 ? 0xFF : TermText.MAX_CODE_POINT;
            return code >= 0 && code <= max && !(code >= 0xD800 && code <= 0xDFFF);
        }
    }

    private static long convert(ErlangProcess process, long data, Encoding in, Encoding out) {
        Walk walk = new Walk(process.heap(), in, out);
        if (Binaries.isBinaryTerm(data)) {
            walk.rest = binary(walk, data, true);
        } else {
            TermText.require(data == TermTags.NIL || TermTags.isList(data), "not chardata");
            walk.rest = list(walk, data, true);
        }
        long converted = out == null ? codeList(walk) : encode(walk);
        if (walk.rest == TermTags.NON_VALUE) {
            return converted;
        }
        long tag = process.order().atoms().atom(walk.incomplete ? "incomplete" : "error");
        return Tuples.make(process.heap(), tag, converted, walk.rest);
    }

    /** Converts a list's elements; returns NON_VALUE, or the unconverted rest after a failure. */
    private static long list(Walk walk, long list, boolean last) {
        long rest = list;
        while (TermTags.isList(rest)) {
            long element = Lists.head(rest);
            long tail = Lists.tail(rest);
            boolean atEnd = last && tail == TermTags.NIL;
            if (TermTags.isSmall(element)) {
                if (!walk.valid(TermTags.smallValue(element))) {
                    long bad = walk.out == Encoding.LATIN1 ? Lists.cons(walk.heap, element, TermTags.NIL) : element;
                    return Lists.cons(walk.heap, bad, tail);
                }
                walk.add((int) TermTags.smallValue(element));
            } else if (Binaries.isBinaryTerm(element)) {
                long left = binary(walk, element, atEnd);
                if (left != TermTags.NON_VALUE) {
                    return Lists.cons(walk.heap, left, walk.out == null && tail != TermTags.NIL
                            ? Lists.cons(walk.heap, tail, TermTags.NIL) : tail);
                }
            } else {
                TermText.require(element == TermTags.NIL || TermTags.isList(element), "not chardata");
                long left = list(walk, element, atEnd);
                if (left != TermTags.NON_VALUE) {
                    return Lists.cons(walk.heap, left, tail);
                }
            }
            rest = tail;
        }
        if (rest == TermTags.NIL) {
            return TermTags.NON_VALUE;
        }
        TermText.require(Binaries.isBinaryTerm(rest), "not chardata");
        return binary(walk, rest, last);
    }

    /** Decodes a binary; returns NON_VALUE, or the sub-binary from the first bad byte. */
    private static long binary(Walk walk, long binary, boolean last) {
        byte[] bytes = TermText.bytes(binary);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (walk.in == Encoding.LATIN1) {
                if (!walk.valid(b)) {
                    return remainder(walk, bytes, i);
                }
                walk.add(b);
                i++;
                continue;
            }
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0) {
                return remainder(walk, bytes, i);
            }
            if (i + length > bytes.length) {
                walk.incomplete = last && continuationsOk(bytes, i + 1, bytes.length);
                return remainder(walk, bytes, i);
            }
            int code = length == 1 ? b : b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return remainder(walk, bytes, i);
                }
                code = (code << 6) | (c & 0x3F);
            }
            boolean overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
            if (overlong || !walk.valid(code)) {
                return remainder(walk, bytes, i);
            }
            walk.add(code);
            i += length;
        }
        return TermTags.NON_VALUE;
    }

    private static boolean continuationsOk(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static long remainder(Walk walk, byte[] bytes, int from) {
        return Binaries.make(walk.heap, bytes, from, bytes.length - from);
    }

    private static long codeList(Walk walk) {
        long list = TermTags.NIL;
        for (int i = walk.count - 1; i >= 0; i--) {
            list = Lists.cons(walk.heap, TermTags.makeSmall(walk.codes[i]), list);
        }
        return list;
    }

    private static long encode(Walk walk) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(walk.count + 8);
        for (int i = 0; i < walk.count; i++) {
            int c = walk.codes[i];
            switch (walk.out) {
                case LATIN1 -> bytes.write(c);
                case UTF8 -> utf8(bytes, c);
                case UTF16_BIG, UTF16_LITTLE -> utf16(bytes, c, walk.out == Encoding.UTF16_BIG);
                default -> unit(bytes, c, 4, walk.out == Encoding.UTF32_BIG);
            }
        }
        return Binaries.make(walk.heap, bytes.toByteArray());
    }

    private static void utf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | c >> 6);
            out.write(0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out.write(0xE0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        } else {
            out.write(0xF0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        }
    }

    private static void utf16(ByteArrayOutputStream out, int c, boolean big) {
        if (c < 0x10000) {
            unit(out, c, 2, big);
        } else {
            unit(out, Character.highSurrogate(c), 2, big);
            unit(out, Character.lowSurrogate(c), 2, big);
        }
    }

    private static void unit(ByteArrayOutputStream out, int value, int size, boolean big) {
        for (int k = 0; k < size; k++) {
            int shift = big ? 8 * (size - 1 - k) : 8 * k;
            out.write(value >>> shift & 0xFF);
        }
    }
}

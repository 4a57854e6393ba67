package org.jbeam.vm.bif;

import java.nio.charset.StandardCharsets;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Reading and building the text-like terms the conversion BIFs take and return: strings
 * (proper lists of character codes) and byte-aligned binaries. A bad input is
 * {@code badarg}, as every such BIF in {@code bif.c} reports it.
 */
final class TermText {
    private TermText() {}

    /** The largest Unicode code point. */
    static final int MAX_CODE_POINT = 0x10FFFF;

    /** The code points of a proper list of integers in {@code [0, limit]}; else {@code badarg}. */
    static int[] codePoints(long list, int limit) {
        long length = Lists.properLength(list);
        if (length < 0) {
            throw ErlangException.badarg("not a proper list");
        }
        int[] out = new int[(int) length];
        long rest = list;
        for (int i = 0; i < out.length; i++) {
            long head = Lists.head(rest);
            if (!TermTags.isSmall(head)) {
                throw ErlangException.badarg("not a character code");
            }
            long code = TermTags.smallValue(head);
            if (code < 0 || code > limit || (code >= 0xD800 && code <= 0xDFFF && limit > 0xFF)) {
                throw ErlangException.badarg("not a character code");
            }
            out[i] = (int) code;
            rest = Lists.tail(rest);
        }
        return out;
    }

    /** A string (list of code points) read into a Java string; else {@code badarg}. */
    static String string(long list) {
        int[] codes = codePoints(list, MAX_CODE_POINT);
        return new String(codes, 0, codes.length);
    }

    /** A list of bytes (a Latin-1 string) as ASCII-only text; else {@code badarg}. */
    static String latin1String(long list) {
        int[] codes = codePoints(list, 0xFF);
        return new String(codes, 0, codes.length);
    }

    /** The list of {@code text}'s code points. */
    static long list(HeapAllocator heap, String text) {
        int[] codes = text.codePoints().toArray();
        long result = TermTags.NIL;
        for (int i = codes.length - 1; i >= 0; i--) {
            result = Lists.cons(heap, TermTags.makeSmall(codes[i]), result);
        }
        return result;
    }

    /** The bytes of a byte-aligned binary; else {@code badarg}. */
    static byte[] bytes(long binary) {
        if (!TypeTests.isBinary(binary)) {
            throw ErlangException.badarg("not a binary");
        }
        return Binaries.toByteArray(binary);
    }

    /** A binary of {@code text}'s bytes as ISO Latin-1 (ASCII for numbers). */
    static long latin1Binary(HeapAllocator heap, String text) {
        return Binaries.make(heap, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static long utf8Binary(HeapAllocator heap, String text) {
        return Binaries.make(heap, text.getBytes(StandardCharsets.UTF_8));
    }

    static void require(boolean ok, String detail) {
        if (!ok) {
            throw ErlangException.badarg(detail);
        }
    }
}

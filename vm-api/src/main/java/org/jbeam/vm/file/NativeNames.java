package org.jbeam.vm.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Filenames as erts passes them to the file NIFs ({@code erl_bif_unicode.c}'s
 * {@code internal_name2native}): UTF-8 ({@code +fnu}, erl's default on Linux) and a
 * terminating NUL. A name given as a list is flattened; a NUL inside a name is {@code badarg}.
 */
final class NativeNames {
    private NativeNames() {}

    /** {@code internal_name2native}: a flat name (possibly deep character list, or binary) as UTF-8 and a NUL. */
    static byte[] toNative(long name) {
        byte[] text = Binaries.isBinaryTerm(name) ? bytes(name) : flatten(name).getBytes(StandardCharsets.UTF_8);
        if (!Binaries.isBinaryTerm(name) && indexOfNul(text) >= 0) {
            throw ErlangException.badarg("internal_name2native: a NUL inside a file name");
        }
        return Arrays.copyOf(text, text.length + 1);
    }

    /** The bytes of a byte-aligned binary; {@code badarg} for anything else. */
    static byte[] bytes(long binary) {
        if (!Binaries.isBinaryTerm(binary) || Binaries.bitSize(binary) % 8 != 0) {
            throw ErlangException.badarg("not a binary");
        }
        return Binaries.toByteArray(binary);
    }

    /** {@code name} without its trailing NULs. */
    static byte[] strip(byte[] name) {
        int length = name.length;
        while (length > 0 && name[length - 1] == 0) {
            length--;
        }
        return length == name.length ? name : Arrays.copyOf(name, length);
    }

    /** {@code text} as a list of code points. */
    static long charList(HeapAllocator heap, String text) {
        int[] codePoints = text.codePoints().toArray();
        long list = TermTags.NIL;
        for (int i = codePoints.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(codePoints[i]), list);
        }
        return list;
    }

    static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A possibly deep character list, as erts flattens a filename. */
    private static String flatten(long list) {
        StringBuilder text = new StringBuilder();
        appendFlat(list, text);
        return text.toString();
    }

    private static void appendFlat(long term, StringBuilder text) {
        long rest = term;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (TermTags.isSmall(head) && TermTags.smallValue(head) >= 0 && TermTags.smallValue(head) <= 0x10FFFF) {
                text.appendCodePoint((int) TermTags.smallValue(head));
            } else if (head == TermTags.NIL || TermTags.isList(head)) {
                appendFlat(head, text);
            } else {
                throw ErlangException.badarg("not a file name");
            }
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("not a file name");
        }
    }
}

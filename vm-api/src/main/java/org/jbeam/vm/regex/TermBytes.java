package org.jbeam.vm.regex;

import java.io.ByteArrayOutputStream;

import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The bytes of a subject or pattern term as {@code re} reads them: iodata (bytes 0..255 and
 * binaries, lists nested, a binary tail allowed) in latin-1 mode, and chardata (code points and
 * UTF-8 binaries, which {@code re.erl} turns into a binary with
 * {@code unicode:characters_to_binary/2}) in unicode mode. Anything else is null (badarg).
 */
final class TermBytes {
    private TermBytes() {}

    /** A byte-aligned binary's bytes, or null. */
    static byte[] binary(long term) {
        if (!Binaries.isBinaryTerm(term) || Binaries.bitSize(term) % 8 != 0) {
            return null;
        }
        return Binaries.toByteArray(term);
    }

    /** The bytes of iodata, or null when {@code term} is not iodata. */
    static byte[] iodata(long term) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return collect(term, out, false) ? out.toByteArray() : null;
    }

    /** The UTF-8 bytes of unicode chardata, or null when {@code term} is not chardata. */
    static byte[] chardata(long term) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return collect(term, out, true) ? out.toByteArray() : null;
    }

    private static boolean collect(long term, ByteArrayOutputStream out, boolean unicode) {
        byte[] bytes = binary(term);
        if (bytes != null) {
            out.writeBytes(bytes);
            return true;
        }
        long rest = term;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (TermTags.isSmall(head)) {
                if (!character(TermTags.smallValue(head), out, unicode)) {
                    return false;
                }
            } else if (!collect(head, out, unicode)) {
                return false;
            }
            rest = Lists.tail(rest);
        }
        if (rest == TermTags.NIL) {
            return true;
        }
        byte[] tail = binary(rest);
        if (tail == null) {
            return false;
        }
        out.writeBytes(tail);
        return true;
    }

    private static boolean character(long c, ByteArrayOutputStream out, boolean unicode) {
        if (!unicode) {
            if (c < 0 || c > 255) {
                return false;
            }
            out.write((int) c);
            return true;
        }
        if (c < 0 || c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF) {
            return false;
        }
        out.writeBytes(new String(Character.toChars((int) c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return true;
    }
}

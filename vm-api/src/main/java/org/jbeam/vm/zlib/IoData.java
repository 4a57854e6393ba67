package org.jbeam.vm.zlib;

import java.io.ByteArrayOutputStream;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The bytes of iodata ({@code enif_inspect_iolist_as_binary}): a binary, or a list of bytes,
 * binaries and such lists whose tail may be a binary; {@code badarg} for anything else.
 */
final class IoData {
    private IoData() {}

    static byte[] bytes(long term) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        add(term, out);
        return out.toByteArray();
    }

    private static void add(long term, ByteArrayOutputStream out) {
        if (Binaries.isBinaryTerm(term)) {
            if (!Binaries.isByteAligned(term)) {
                throw ErlangException.badarg("zlib: a bitstring is not iodata");
            }
            out.writeBytes(Binaries.toByteArray(term));
            return;
        }
        long rest = term;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (TermTags.isSmall(head) && TermTags.smallValue(head) >= 0 && TermTags.smallValue(head) <= 255) {
                out.write((int) TermTags.smallValue(head));
            } else {
                add(head, out);
            }
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            if (!Binaries.isBinaryTerm(rest)) {
                throw ErlangException.badarg("zlib: not iodata");
            }
            add(rest, out);
        }
    }
}

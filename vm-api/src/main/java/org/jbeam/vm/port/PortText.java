package org.jbeam.vm.port;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/** Terms a port reads: iodata as bytes, and names (commands, directories, variables) as text. */
final class PortText {
    private PortText() {}

    /**
     * The bytes of iodata (bytes, byte-aligned binaries, nested lists, a binary as a tail),
     * or null when {@code term} is not iodata. Walked without recursion.
     */
    static byte[] ioBytes(long term) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArrayDeque<Long> pending = new ArrayDeque<>();
        pending.push(term);
        while (!pending.isEmpty()) {
            long item = pending.pop();
            if (TermTags.isNil(item)) {
                continue;
            }
            if (Binaries.isBinaryTerm(item)) {
                if (!Binaries.isByteAligned(item)) {
                    return null;
                }
                out.writeBytes(Binaries.toByteArray(item));
            } else if (TermTags.isList(item)) {
                long head = Lists.head(item);
                pending.push(Lists.tail(item));
                if (TermTags.isSmall(head)) {
                    long b = TermTags.smallValue(head);
                    if (b < 0 || b > 255) {
                        return null;
                    }
                    out.write((int) b);
                } else if (TermTags.isList(head) || TermTags.isNil(head) || Binaries.isBinaryTerm(head)) {
                    pending.push(head);
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        return out.toByteArray();
    }

    /**
     * A name as text: a (possibly deep) list of characters, a UTF-8 binary, or (when
     * {@code atoms} is given) an atom; null for anything else.
     */
    static String string(long term, AtomTable atoms) {
        if (atoms != null && TermTags.isAtom(term)) {
            return atoms.name(term);
        }
        if (Binaries.isBinaryTerm(term)) {
            return Binaries.isByteAligned(term) ? new String(Binaries.toByteArray(term), StandardCharsets.UTF_8) : null;
        }
        StringBuilder text = new StringBuilder();
        ArrayDeque<Long> pending = new ArrayDeque<>();
        pending.push(term);
        while (!pending.isEmpty()) {
            long item = pending.pop();
            if (TermTags.isNil(item)) {
                continue;
            }
            if (!TermTags.isList(item)) {
                return null;
            }
            long head = Lists.head(item);
            pending.push(Lists.tail(item));
            if (TermTags.isSmall(head) && TermTags.smallValue(head) >= 0 && TermTags.smallValue(head) <= 0x10FFFF) {
                text.appendCodePoint((int) TermTags.smallValue(head));
            } else if (TermTags.isList(head) || TermTags.isNil(head)) {
                pending.push(head);
            } else {
                return null;
            }
        }
        return text.toString();
    }
}

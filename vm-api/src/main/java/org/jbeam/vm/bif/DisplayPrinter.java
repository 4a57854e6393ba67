package org.jbeam.vm.bif;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportEntry;
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
 * The text {@code erlang:display/1} writes ({@code erl_printf_term.c}, the emulator's
 * {@code %T}): like {@code ~w}, except that a list of printable characters prints as a quoted
 * string, a binary of printable characters as {@code <<"...">>}, and a float as C's
 * {@code %e} (six decimals).
 */
public final class DisplayPrinter {
    private static final int DISPLAY_FLOAT_DIGITS = 6;

    private final AtomTable atoms;
    /** For {@link #printBytes}: atom names go out as their UTF-8 bytes, one char per byte. */
    private final boolean latin1Atoms;

    public DisplayPrinter(AtomTable atoms) {
        this(atoms, false);
    }

    private DisplayPrinter(AtomTable atoms, boolean latin1Atoms) {
        this.atoms = atoms;
        this.latin1Atoms = latin1Atoms;
    }

    /** A printer for {@link #printBytes}, the bytes {@code erlang:display/1} writes. */
    public static DisplayPrinter forBytes(AtomTable atoms) {
        return new DisplayPrinter(atoms, true);
    }

    public String print(long term) {
        StringBuilder out = new StringBuilder();
        write(term, out);
        return out.toString();
    }

    /**
     * The bytes erts writes for {@code term}: string characters as single Latin-1 bytes, atom
     * names as their UTF-8 bytes (erts writes both as it holds them).
     */
    public byte[] printBytes(long term) {
        if (!latin1Atoms) {
            throw new IllegalStateException("printBytes needs a printer made by forBytes");
        }
        return print(term).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void write(long term, StringBuilder out) {
        if (Integers.isInteger(term)) {
            out.append(Integers.toBigInteger(term));
        } else if (Floats.isFloat(term)) {
            out.append(FloatFormat.scientific(Floats.value(term), DISPLAY_FLOAT_DIGITS));
        } else if (TermTags.isAtom(term)) {
            String quoted = quoteAtom(atoms.name(term));
            out.append(latin1Atoms ? new String(quoted.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.ISO_8859_1) : quoted);
        } else if (Tuples.isTuple(term)) {
            out.append('{');
            for (int i = 1; i <= Tuples.arity(term); i++) {
                out.append(i > 1 ? "," : "");
                write(Tuples.element(term, i), out);
            }
            out.append('}');
        } else if (term == TermTags.NIL || TermTags.isList(term)) {
            writeList(term, out);
        } else if (Maps.isMap(term)) {
            writeMap(term, out);
        } else if (Binaries.isBinaryTerm(term)) {
            writeBinary(term, out);
        } else {
            writeOther(term, out);
        }
    }

    private void writeOther(long term, StringBuilder out) {
        if (TermTags.isLocalPid(term)) {
            out.append(TermBifs.pidText(term));
        } else if (TermTags.isLocalPort(term)) {
            out.append("#Port<0.").append(Identifiers.portNumber(term)).append('>');
        } else if (Identifiers.isLocalReference(term)) {
            out.append(TermBifs.refText(term));
        } else if (Funs.isExport(term)) {
            long entry = Funs.exportEntry(term);
            out.append("fun ").append(quoteAtom(atoms.name(ExportEntry.module(entry)))).append(':')
                    .append(quoteAtom(atoms.name(ExportEntry.function(entry)))).append('/')
                    .append(ExportEntry.arity(entry));
        } else if (Funs.isLocalFun(term)) {
            // erts prints a local fun as fun_to_list/1 does: module, old index and old uniq.
            long entry = Funs.funEntry(term);
            out.append("#Fun<").append(quoteAtom(atoms.name(org.jbeam.vm.code.FunEntry.module(entry)))).append('.')
                    .append(org.jbeam.vm.code.FunEntry.oldIndex(entry)).append('.')
                    .append(org.jbeam.vm.code.FunEntry.oldUniq(entry)).append('>');
        } else {
            out.append("#<").append(Long.toHexString(term)).append('>');
        }
    }

    private void writeList(long term, StringBuilder out) {
        if (isPrintableString(term)) {
            out.append('"');
            for (long rest = term; rest != TermTags.NIL; rest = Lists.tail(rest)) {
                appendChar((int) TermTags.smallValue(Lists.head(rest)), out);
            }
            out.append('"');
            return;
        }
        out.append('[');
        boolean first = true;
        long rest = term;
        while (TermTags.isList(rest)) {
            out.append(first ? "" : ",");
            write(Lists.head(rest), out);
            first = false;
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            out.append('|');
            write(rest, out);
        }
        out.append(']');
    }

    private static boolean isPrintableString(long list) {
        if (list == TermTags.NIL) {
            return false;
        }
        long rest = list;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (!TermTags.isSmall(head) || !isPrintable(TermTags.smallValue(head))) {
                return false;
            }
            rest = Lists.tail(rest);
        }
        return rest == TermTags.NIL;
    }

    /**
     * A character of a list that prints as a string (erts' {@code is_printable_string}: Latin-1
     * graphic characters and the spaces {@code \n}, {@code \t}, {@code \r}).
     */
    private static boolean isPrintable(long c) {
        return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' || c == '\t' || c == '\r';
    }

    /** A byte of a binary that prints as a string (erts' {@code is_printable_ascii}). */
    private static boolean isPrintableByte(int b) {
        return b >= 32 && b <= 126;
    }

    /** A string character as erts prints it: only a newline and a quote are escaped. */
    private static void appendChar(int c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '"' -> out.append("\\\"");
            default -> out.append((char) c);
        }
    }

    private void writeMap(long map, StringBuilder out) {
        long[][] entries = Maps.entriesInKeyOrder(new TermOrder(atoms), map);
        out.append("#{");
        for (int i = 0; i < entries[0].length; i++) {
            out.append(i > 0 ? "," : "");
            write(entries[0][i], out);
            out.append("=>");
            write(entries[1][i], out);
        }
        out.append('}');
    }

    private static void writeBinary(long binary, StringBuilder out) {
        byte[] bytes = Binaries.toByteArray(binary);
        long bits = Binaries.bitSize(binary);
        int whole = (int) (bits / 8);
        int tail = (int) (bits % 8);
        boolean printable = whole > 0 && tail == 0;
        for (int i = 0; i < whole && printable; i++) {
            printable = isPrintableByte(bytes[i] & 0xFF);
        }
        out.append("<<");
        if (printable) {
            out.append('"');
            for (int i = 0; i < whole; i++) {
                int b = bytes[i] & 0xFF;
                out.append(b == '"' ? "\\\"" : String.valueOf((char) b)); // erts escapes only the quote here
            }
            out.append('"');
        } else {
            for (int i = 0; i < whole; i++) {
                out.append(i > 0 ? "," : "").append(bytes[i] & 0xFF);
            }
            if (tail != 0) {
                out.append(whole > 0 ? "," : "").append((bytes[whole] & 0xFF) >>> (8 - tail)).append(':').append(tail);
            }
        }
        out.append(">>");
    }

    /** The emulator quotes an atom unless it reads as a plain name; unlike {@code ~w} it leaves keywords such as {@code and} bare. */
    public static String quoteAtom(String name) {
        boolean plain = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z'
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '@');
        return plain ? name : "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

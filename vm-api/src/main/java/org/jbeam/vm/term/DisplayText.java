package org.jbeam.vm.term;

import org.jbeam.vm.atom.AtomTable;

/**
 * A term as {@code erlang:display/1} writes it (OTP's {@code erts_print_term} in
 * {@code erl_printf_term.c}): like {@code ~w}, except that a list of printable Latin-1
 * characters is written as a quoted string. Used for {@code erlang:display/1} and for the
 * launcher's fatal-error lines. Floats use Java's shortest form, not erl's {@code %.20e}.
 */
public final class DisplayText {
    private static final int DEPTH_LIMIT = 200;

    private final AtomTable atoms;

    public DisplayText(AtomTable atoms) {
        this.atoms = atoms;
    }

    public String print(long term) {
        StringBuilder out = new StringBuilder();
        write(term, out, 0);
        return out.toString();
    }

    private void write(long term, StringBuilder out, int depth) {
        if (depth > DEPTH_LIMIT) {
            out.append("...");
        } else if (Integers.isInteger(term)) {
            out.append(Integers.toBigInteger(term));
        } else if (Floats.isFloat(term)) {
            out.append(Floats.value(term));
        } else if (TermTags.isAtom(term)) {
            out.append(atom(atoms.name(term)));
        } else if (TermTags.isLocalPid(term)) {
            out.append("<0.").append(Identifiers.pidNumber(term)).append('.').append(Identifiers.pidSerial(term))
                    .append('>');
        } else if (Tuples.isTuple(term)) {
            out.append('{');
            for (int i = 1; i <= Tuples.arity(term); i++) {
                out.append(i > 1 ? "," : "");
                write(Tuples.element(term, i), out, depth + 1);
            }
            out.append('}');
        } else if (term == TermTags.NIL || TermTags.isList(term)) {
            writeList(term, out, depth);
        } else if (Binaries.isBinaryTerm(term)) {
            writeBinary(term, out);
        } else if (Maps.isMap(term)) {
            writeMap(term, out, depth);
        } else if (Funs.isFun(term)) {
            out.append("#Fun<>");
        } else if (TermTags.isBoxed(term) && Identifiers.isLocalReference(term)) {
            out.append("#Ref<0.").append(Identifiers.referenceId(term, 0)).append('>');
        } else {
            out.append("#Term<0x").append(Long.toHexString(term)).append('>');
        }
    }

    private void writeList(long list, StringBuilder out, int depth) {
        if (isPrintable(list)) {
            out.append('"');
            for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
                char c = (char) TermTags.smallValue(Lists.head(rest));
                out.append(c == '"' || c == '\\' ? "\\" + c : c == '\n' ? "\\n" : String.valueOf(c));
            }
            out.append('"');
            return;
        }
        out.append('[');
        long rest = list;
        boolean first = true;
        while (TermTags.isList(rest)) {
            out.append(first ? "" : ",");
            write(Lists.head(rest), out, depth + 1);
            rest = Lists.tail(rest);
            first = false;
        }
        if (rest != TermTags.NIL) {
            out.append('|');
            write(rest, out, depth + 1);
        }
        out.append(']');
    }

    private static boolean isPrintable(long list) {
        if (list == TermTags.NIL) {
            return false;
        }
        long rest = list;
        while (TermTags.isList(rest)) {
            long c = Lists.head(rest);
            if (!TermTags.isSmall(c) || !printable(TermTags.smallValue(c))) {
                return false;
            }
            rest = Lists.tail(rest);
        }
        return rest == TermTags.NIL;
    }

    private static boolean printable(long c) {
        return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' || c == '\t';
    }

    private static void writeBinary(long binary, StringBuilder out) {
        byte[] bytes = Binaries.toByteArray(binary);
        out.append("<<");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i > 0 ? "," : "").append(bytes[i] & 0xFF);
        }
        long tail = Binaries.bitSize(binary) & 7;
        out.append(tail != 0 ? ":" + tail : "").append(">>");
    }

    private void writeMap(long map, StringBuilder out, int depth) {
        out.append("#{");
        long[][] entries = Maps.entries(map);
        for (int i = 0; i < entries[0].length; i++) {
            out.append(i > 0 ? "," : "");
            write(entries[0][i], out, depth + 1);
            out.append(" => ");
            write(entries[1][i], out, depth + 1);
        }
        out.append('}');
    }

    private static String atom(String name) {
        boolean plain = !name.isEmpty() && Character.isLowerCase(name.charAt(0))
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '@');
        return plain ? name : "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

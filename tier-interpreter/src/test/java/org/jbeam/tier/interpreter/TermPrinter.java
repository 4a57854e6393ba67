package org.jbeam.tier.interpreter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Prints terms as {@code io_lib:format("~w", [T])} does, for the kinds the test programs
 * produce: integers, floats (OTP 25's shortest round-trip form, {@code float_to_list(F, [short])}),
 * atoms (quoted as {@code io_lib:write_atom/1} quotes them), tuples, lists, maps and bitstrings.
 */
final class TermPrinter {
    private static final Set<String> RESERVED = Set.of("after", "and", "andalso", "band", "begin", "bnot", "bor",
            "bsl", "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
            "orelse", "receive", "rem", "try", "when", "xor");
    /** Floats at or above 2^53 always print in scientific form (their integer part is inexact). */
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992.0;

    private final AtomTable atoms;
    private final TermOrder order;

    TermPrinter(AtomTable atoms) {
        this.atoms = atoms;
        this.order = new TermOrder(atoms);
    }

    String print(long term) {
        StringBuilder out = new StringBuilder();
        write(term, out);
        return out.toString();
    }

    private void write(long term, StringBuilder out) {
        if (Integers.isInteger(term)) {
            out.append(Integers.toBigInteger(term));
        } else if (Floats.isFloat(term)) {
            out.append(formatFloat(Floats.value(term)));
        } else if (TermTags.isAtom(term)) {
            out.append(quoteAtom(atoms.name(term)));
        } else if (Tuples.isTuple(term)) {
            out.append('{');
            for (int i = 1; i <= Tuples.arity(term); i++) {
                out.append(i > 1 ? "," : "");
                write(Tuples.element(term, i), out);
            }
            out.append('}');
        } else if (Maps.isMap(term)) {
            writeMap(term, out);
        } else if (Binaries.isBinaryTerm(term)) {
            writeBitstring(term, out);
        } else if (term == TermTags.NIL || TermTags.isList(term)) {
            writeList(term, out);
        } else if (Binaries.isBinaryTerm(term)) {
            writeBinary(term, out);
        } else {
            throw new IllegalArgumentException("the test printer does not print term 0x" + Long.toHexString(term));
        }
    }

    /** {@code <<1,2,3>>}, a bitstring's last bits as {@code Value:Bits}, as {@code ~w} prints them. */
    private static void writeBitstring(long bitstring, StringBuilder out) {
        byte[] bytes = Binaries.toByteArray(bitstring);
        long bits = Binaries.bitSize(bitstring);
        int tail = (int) (bits & 7);
        out.append("<<");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i > 0 ? "," : "");
            int b = bytes[i] & 0xFF;
            if (i == bytes.length - 1 && tail != 0) {
                out.append(b >>> (8 - tail)).append(':').append(tail);
            } else {
                out.append(b);
            }
        }
        out.append(">>");
    }

    /** {@code #{K => V,...}} in {@code maps:iterator/1} order, as {@code ~w} prints maps. */
    private void writeMap(long map, StringBuilder out) {
        long[][] entries = Maps.entriesInIteratorOrder(map);
        out.append("#{");
        for (int i = 0; i < entries[0].length; i++) {
            out.append(i > 0 ? "," : "");
            write(entries[0][i], out);
            out.append(" => ");
            write(entries[1][i], out);
        }
        out.append('}');
    }

    private void writeList(long term, StringBuilder out) {
        out.append('[');
        boolean first = true;
        while (TermTags.isList(term)) {
            out.append(first ? "" : ",");
            write(Lists.head(term), out);
            first = false;
            term = Lists.tail(term);
        }
        if (term != TermTags.NIL) {
            out.append('|');
            write(term, out);
        }
        out.append(']');
    }

    /** {@code <<1,2,3>>}, and {@code <<...,5:3>>} for trailing bits, as {@code ~w} prints bitstrings. */
    private static void writeBinary(long binary, StringBuilder out) {
        byte[] bytes = Binaries.toByteArray(binary);
        long bits = Binaries.bitSize(binary);
        int whole = (int) (bits / 8);
        int tail = (int) (bits % 8);
        out.append("<<");
        for (int i = 0; i < whole; i++) {
            out.append(i > 0 ? "," : "").append(bytes[i] & 0xFF);
        }
        if (tail != 0) {
            out.append(whole > 0 ? "," : "").append((bytes[whole] & 0xFF) >>> (8 - tail)).append(':').append(tail);
        }
        out.append(">>");
    }

    static String quoteAtom(String name) {
        boolean plain = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z'
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '@')
                && !RESERVED.contains(name);
        return plain ? name : "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The shorter of the fixed and scientific forms of the shortest digits; fixed wins ties. */
    static String formatFloat(double value) {
        String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return sign + "0.0";
        }
        BigDecimal decimal = shortestDigits(magnitude);
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String scientific = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "e"
                + exponent;
        String fixed = fixed(digits, decimal.scale());
        boolean useFixed = magnitude < EXACT_INTEGER_LIMIT && fixed.length() <= scientific.length();
        return sign + (useFixed ? fixed : scientific);
    }

    /**
     * The shortest decimal that reads back as {@code magnitude}, nearest to it among those of
     * that length ({@code Double.toString} keeps two digits for subnormals like 4.9e-324).
     */
    private static BigDecimal shortestDigits(double magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == magnitude) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String fixed(String digits, int scale) {
        if (scale <= 0) {
            return digits + "0".repeat(-scale) + ".0";
        }
        int point = digits.length() - scale;
        if (point > 0) {
            return digits.substring(0, point) + "." + digits.substring(point);
        }
        return "0." + "0".repeat(-point) + digits;
    }
}

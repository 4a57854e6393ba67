package org.jbeam.vm.bif;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Utf8;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code erlang} conversions between atoms, integers, floats, strings and binaries
 * ({@code bif.c}: {@code atom_to_list}, {@code list_to_integer}, {@code float_to_list} ...), with
 * OTP 25's errors: {@code badarg} for any malformed input, {@code system_limit} for an atom
 * longer than 255 characters.
 */
final class ConversionBifs {
    private ConversionBifs() {}

    /** OTP's {@code list_to_float} syntax: sign, digits, point, digits, optional exponent. */
    private static final Pattern FLOAT_SYNTAX = Pattern.compile("[+-]?[0-9]+\\.[0-9]+([eE][+-]?[0-9]+)?");

    static void register(BifTable t) {
        registerAtoms(t);
        registerIntegers(t);
        registerFloats(t);
    }

    private static void registerAtoms(BifTable t) {
        t.register("erlang", "atom_to_list", 1, (p, a) -> TermText.list(p.heap(), atomName(p, a[0])));
        t.register("erlang", "list_to_atom", 1, (p, a) -> TermTags.makeAtom(atoms(p).intern(atomText(a[0]))));
        t.register("erlang", "list_to_existing_atom", 1, (p, a) -> existing(p, atomText(a[0])));
        t.register("erlang", "atom_to_binary", 1, (p, a) -> TermText.utf8Binary(p.heap(), atomName(p, a[0])));
        t.register("erlang", "atom_to_binary", 2, (p, a) -> atomToBinary(p, a[0], a[1]));
        t.register("erlang", "binary_to_atom", 1, (p, a) -> binaryToAtom(p, a[0], UTF8, false));
        t.register("erlang", "binary_to_atom", 2, (p, a) -> binaryToAtom(p, a[0], a[1], false));
        t.register("erlang", "binary_to_existing_atom", 1, (p, a) -> binaryToAtom(p, a[0], UTF8, true));
        t.register("erlang", "binary_to_existing_atom", 2, (p, a) -> binaryToAtom(p, a[0], a[1], true));
    }

    private static void registerIntegers(BifTable t) {
        t.register("erlang", "integer_to_list", 1, (p, a) -> TermText.list(p.heap(), integerText(a[0], 10)));
        t.register("erlang", "integer_to_list", 2, (p, a) -> TermText.list(p.heap(), integerText(a[0], base(a[1]))));
        t.register("erlang", "integer_to_binary", 1,
                (p, a) -> TermText.latin1Binary(p.heap(), integerText(a[0], 10)));
        t.register("erlang", "integer_to_binary", 2,
                (p, a) -> TermText.latin1Binary(p.heap(), integerText(a[0], base(a[1]))));
        t.register("erlang", "list_to_integer", 1, (p, a) -> parseInteger(p.heap(), listText(a[0]), 10));
        t.register("erlang", "list_to_integer", 2, (p, a) -> parseInteger(p.heap(), listText(a[0]), base(a[1])));
        t.register("erlang", "binary_to_integer", 1, (p, a) -> parseInteger(p.heap(), binaryText(a[0]), 10));
        t.register("erlang", "binary_to_integer", 2,
                (p, a) -> parseInteger(p.heap(), binaryText(a[0]), base(a[1])));
    }

    private static void registerFloats(BifTable t) {
        FloatOptions o = FloatOptions.in(t.atoms());
        t.register("erlang", "float_to_list", 1, (p, a) -> TermText.list(p.heap(), floatText(o, a[0], TermTags.NIL)));
        t.register("erlang", "float_to_list", 2, (p, a) -> TermText.list(p.heap(), floatText(o, a[0], a[1])));
        t.register("erlang", "float_to_binary", 1,
                (p, a) -> TermText.latin1Binary(p.heap(), floatText(o, a[0], TermTags.NIL)));
        t.register("erlang", "float_to_binary", 2,
                (p, a) -> TermText.latin1Binary(p.heap(), floatText(o, a[0], a[1])));
        t.register("erlang", "list_to_float", 1, (p, a) -> parseFloat(p.heap(), listText(a[0])));
        t.register("erlang", "binary_to_float", 1, (p, a) -> parseFloat(p.heap(), binaryText(a[0])));
    }

    private static final long UTF8 = TermTags.NON_VALUE;

    static AtomTable atoms(ErlangProcess process) {
        return process.order().atoms();
    }

    private static String atomName(ErlangProcess process, long atom) {
        TermText.require(TermTags.isAtom(atom), "not an atom");
        return atoms(process).name(atom);
    }

    /** The UTF-8 text of a string for {@code list_to_atom}: bad characters are badarg, length system_limit. */
    private static byte[] atomText(long list) {
        int[] codes = TermText.codePoints(list, TermText.MAX_CODE_POINT);
        if (codes.length > AtomTable.MAX_ATOM_CHARACTERS) {
            throw ErlangException.systemLimit("atom longer than 255 characters");
        }
        return new String(codes, 0, codes.length).getBytes(StandardCharsets.UTF_8);
    }

    private static long existing(ErlangProcess process, byte[] utf8) {
        long atom = atoms(process).existing(utf8);
        TermText.require(atom != TermTags.NON_VALUE, "no such atom");
        return atom;
    }

    private static long atomToBinary(ErlangProcess process, long atom, long encoding) {
        String name = atomName(process, atom);
        String kind = encodingName(process, encoding);
        if (kind.equals("latin1")) {
            TermText.require(name.chars().allMatch(c -> c <= 0xFF), "atom has characters beyond Latin-1");
            return TermText.latin1Binary(process.heap(), name);
        }
        return TermText.utf8Binary(process.heap(), name);
    }

    /** {@code latin1}, {@code unicode} or {@code utf8}; any other term is badarg. */
    private static String encodingName(ErlangProcess process, long encoding) {
        if (encoding == UTF8) {
            return "utf8";
        }
        TermText.require(TermTags.isAtom(encoding), "not an encoding");
        String name = atoms(process).name(encoding);
        TermText.require(name.equals("latin1") || name.equals("unicode") || name.equals("utf8"), "not an encoding");
        return name;
    }

    private static long binaryToAtom(ErlangProcess process, long binary, long encoding, boolean mustExist) {
        byte[] bytes = TermText.bytes(binary);
        String kind = encodingName(process, encoding);
        byte[] utf8 = kind.equals("latin1") ? new String(bytes, StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8) : bytes;
        int characters = Utf8.countCharacters(utf8);
        TermText.require(characters >= 0, "not UTF-8");
        if (characters > AtomTable.MAX_ATOM_CHARACTERS) {
            throw ErlangException.systemLimit("atom longer than 255 characters");
        }
        return mustExist ? existing(process, utf8) : TermTags.makeAtom(atoms(process).intern(utf8));
    }

    private static int base(long base) {
        TermText.require(TermTags.isSmall(base), "base is not an integer");
        long value = TermTags.smallValue(base);
        TermText.require(value >= 2 && value <= 36, "base outside 2..36");
        return (int) value;
    }

    private static String integerText(long integer, int base) {
        TermText.require(Integers.isInteger(integer), "not an integer");
        return Integers.toBigInteger(integer).toString(base).toUpperCase(Locale.ROOT);
    }

    private static String listText(long list) {
        return TermText.latin1String(list);
    }

    private static String binaryText(long binary) {
        return new String(TermText.bytes(binary), StandardCharsets.ISO_8859_1);
    }

    /** OTP's syntax: an optional sign, then one or more digits of the base, either case. */
    private static long parseInteger(HeapAllocator heap, String text, int base) {
        int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        TermText.require(text.length() > start, "no digits");
        for (int i = start; i < text.length(); i++) {
            TermText.require(Character.digit(text.charAt(i), base) >= 0 && text.charAt(i) < 0x80, "not a digit");
        }
        String digits = text.charAt(0) == '+' ? text.substring(1) : text;
        return Integers.fromBigInteger(heap, new BigInteger(digits, base));
    }

    private static long parseFloat(HeapAllocator heap, String text) {
        TermText.require(FLOAT_SYNTAX.matcher(text).matches(), "not a float");
        double value = Double.parseDouble(text);
        TermText.require(Double.isFinite(value), "float out of range");
        return Floats.make(heap, value);
    }

    /** The text of {@code float_to_list/2}: the last format option wins; anything unknown is badarg. */
    private static String floatText(FloatOptions o, long number, long options) {
        TermText.require(Floats.isFloat(number), "not a float");
        double value = Floats.value(number);
        TermText.require(Lists.properLength(options) >= 0, "options are not a proper list");
        String format = "scientific";
        int digits = FloatFormat.DEFAULT_SCIENTIFIC_DIGITS;
        boolean compact = false;
        for (long rest = options; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (option == o.compact()) {
                compact = true;
            } else if (option == o.shortest()) {
                format = "short";
            } else if (isPair(option, o.decimals(), FloatFormat.MAX_DECIMALS)) {
                format = "decimals";
                digits = (int) TermTags.smallValue(Tuples.element(option, 2));
            } else if (isPair(option, o.scientific(), FloatFormat.MAX_SCIENTIFIC)) {
                format = "scientific";
                digits = (int) TermTags.smallValue(Tuples.element(option, 2));
            } else {
                throw ErlangException.badarg("unknown float_to_list option");
            }
        }
        return switch (format) {
            case "short" -> FloatFormat.shortest(value);
            case "decimals" -> {
                String text = FloatFormat.decimals(value, digits, compact);
                TermText.require(text != null, "float too long for its decimals");
                yield text;
            }
            default -> FloatFormat.scientific(value, digits);
        };
    }

    private static boolean isPair(long option, long key, int max) {
        if (!Tuples.isTuple(option) || Tuples.arity(option) != 2 || Tuples.element(option, 1) != key) {
            return false;
        }
        long n = Tuples.element(option, 2);
        return TermTags.isSmall(n) && TermTags.smallValue(n) >= 0 && TermTags.smallValue(n) <= max;
    }

    /** The option atoms of {@code float_to_list/2} in the VM's atom table. */
    private record FloatOptions(long compact, long shortest, long decimals, long scientific) {
        static FloatOptions in(AtomTable atoms) {
            return new FloatOptions(atoms.atom("compact"), atoms.atom("short"), atoms.atom("decimals"),
                    atoms.atom("scientific"));
        }
    }
}

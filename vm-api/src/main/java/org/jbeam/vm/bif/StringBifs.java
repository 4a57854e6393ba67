package org.jbeam.vm.bif;

import java.math.BigInteger;

import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code string} module's BIFs behind {@code string:to_integer/1} and {@code to_float/1}
 * ({@code string_list_to_integer_1} and {@code string_list_to_float_1} in {@code bif.c}):
 * they read a number at the start of a character list and return {@code {Number, Rest}}, or
 * {@code {error, no_integer | no_float}} when none starts there and {@code {error,
 * not_a_list}} for an argument that is not a list at all.
 *
 * <p>An integer is an optional sign and decimal digits. A float is an optional sign, digits, a
 * point and digits, then optionally {@code e} or {@code E}, a sign and digits (an exponent
 * without digits is left in the rest); a float too large for a double is {@code no_float}.
 */
final class StringBifs {
    private StringBifs() {}

    static void register(BifTable t) {
        long error = t.atoms().atom("error");
        long notAList = t.atoms().atom("not_a_list");
        long noInteger = t.atoms().atom("no_integer");
        long noFloat = t.atoms().atom("no_float");
        t.register("string", "list_to_integer", 1, (p, a) -> {
            if (!TermTags.isList(a[0]) && !TermTags.isNil(a[0])) {
                return Tuples.make(p.heap(), error, notAList);
            }
            long result = integer(p, a[0]);
            return result == TermTags.NON_VALUE ? Tuples.make(p.heap(), error, noInteger) : result;
        });
        t.register("string", "list_to_float", 1, (p, a) -> {
            if (!TermTags.isList(a[0]) && !TermTags.isNil(a[0])) {
                return Tuples.make(p.heap(), error, notAList);
            }
            long result = floating(p, a[0]);
            return result == TermTags.NON_VALUE ? Tuples.make(p.heap(), error, noFloat) : result;
        });
    }

    /** A cursor over the characters at the start of a list, stopping at a non-integer or the tail. */
    private static final class Cursor {
        long rest;
        final StringBuilder text = new StringBuilder();

        Cursor(long list) {
            rest = list;
        }

        /** The character at the cursor, or -1 at the end of the list or at a non-character. */
        int peek() {
            if (!TermTags.isList(rest) || !TermTags.isSmall(Lists.head(rest))) {
                return -1;
            }
            long c = TermTags.smallValue(Lists.head(rest));
            return c >= 0 && c <= Character.MAX_CODE_POINT ? (int) c : -1;
        }

        void take() {
            text.append((char) peek());
            rest = Lists.tail(rest);
        }

        boolean takeSign() {
            if (peek() == '+' || peek() == '-') {
                take();
                return true;
            }
            return false;
        }

        int takeDigits() {
            int count = 0;
            while (peek() >= '0' && peek() <= '9') {
                take();
                count++;
            }
            return count;
        }
    }

    private static long integer(ErlangProcess p, long list) {
        Cursor cursor = new Cursor(list);
        cursor.takeSign();
        if (cursor.takeDigits() == 0) {
            return TermTags.NON_VALUE;
        }
        String text = cursor.text.charAt(0) == '+' ? cursor.text.substring(1) : cursor.text.toString();
        return Tuples.make(p.heap(), Integers.fromBigInteger(p.heap(), new BigInteger(text)), cursor.rest);
    }

    private static long floating(ErlangProcess p, long list) {
        Cursor cursor = new Cursor(list);
        cursor.takeSign();
        if (cursor.takeDigits() == 0 || cursor.peek() != '.') {
            return TermTags.NON_VALUE;
        }
        cursor.take();
        if (cursor.takeDigits() == 0) {
            return TermTags.NON_VALUE;
        }
        exponent(cursor);
        double value = Double.parseDouble(cursor.text.toString());
        if (!Double.isFinite(value)) {
            return TermTags.NON_VALUE;
        }
        return Tuples.make(p.heap(), Floats.make(p.heap(), value), cursor.rest);
    }

    /** Takes {@code e[+-]digits} when it is all there; leaves everything otherwise. */
    private static void exponent(Cursor cursor) {
        if (cursor.peek() != 'e' && cursor.peek() != 'E') {
            return;
        }
        Cursor ahead = new Cursor(cursor.rest);
        ahead.take();
        ahead.takeSign();
        if (ahead.takeDigits() > 0) {
            cursor.text.append(ahead.text);
            cursor.rest = ahead.rest;
        }
    }
}

package org.jbeam.vm.term;

import java.math.BigDecimal;

/**
 * Comparison of numbers as OTP 25's {@code erts_cmp_compound} compares them (utils.c).
 *
 * <p>In the arithmetic order ({@code <}, {@code ==}) an integer and a float compare by their
 * mathematical values, however large: OTP converts the float to a bignum when it is beyond
 * the lossless range, which is exact because such floats are integral. In the exact order
 * ({@code =:=}, map keys) every integer is less than every float.
 */
final class NumberOrder {
    private NumberOrder() {}

    static boolean isNumber(long term) {
        return TermTags.isSmall(term) || Integers.isBignum(term) || Floats.isFloat(term);
    }

    /** -1, 0 or 1 as {@code a} is less than, equal to or greater than {@code b}. */
    static int compare(long a, long b, boolean exact) {
        boolean aFloat = Floats.isFloat(a);
        boolean bFloat = Floats.isFloat(b);
        if (aFloat && bFloat) {
            return compareDoubles(Floats.value(a), Floats.value(b));
        }
        if (!aFloat && !bFloat) {
            return compareIntegers(a, b);
        }
        if (exact) {
            return aFloat ? 1 : -1;
        }
        return aFloat ? -compareIntegerWithDouble(b, Floats.value(a))
                : compareIntegerWithDouble(a, Floats.value(b));
    }

    /** IEEE comparison, under which -0.0 equals 0.0 (as in OTP 25). */
    static int compareDoubles(double a, double b) {
        return a < b ? -1 : (a > b ? 1 : 0);
    }

    static int compareIntegers(long a, long b) {
        boolean aSmall = TermTags.isSmall(a);
        boolean bSmall = TermTags.isSmall(b);
        if (aSmall && bSmall) {
            return Long.compare(TermTags.smallValue(a), TermTags.smallValue(b));
        }
        // A bignum's magnitude always exceeds every small's, so its sign decides.
        if (aSmall) {
            return Integers.isNegativeBignum(b) ? 1 : -1;
        }
        if (bSmall) {
            return Integers.isNegativeBignum(a) ? -1 : 1;
        }
        boolean aNegative = Integers.isNegativeBignum(a);
        if (aNegative != Integers.isNegativeBignum(b)) {
            return aNegative ? -1 : 1;
        }
        int magnitude = compareMagnitudes(a, b);
        return aNegative ? -magnitude : magnitude;
    }

    private static int compareMagnitudes(long a, long b) {
        int aDigits = Integers.digitCount(a);
        int bDigits = Integers.digitCount(b);
        if (aDigits != bDigits) {
            return aDigits < bDigits ? -1 : 1;
        }
        for (int i = aDigits - 1; i >= 0; i--) {
            int c = Long.compareUnsigned(Integers.digit(a, i), Integers.digit(b, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Exact comparison of an integer term with a finite double. */
    private static int compareIntegerWithDouble(long integer, double d) {
        if (TermTags.isSmall(integer)) {
            return compareLongWithDouble(TermTags.smallValue(integer), d);
        }
        return new BigDecimal(Integers.toBigInteger(integer)).compareTo(new BigDecimal(d));
    }

    private static int compareLongWithDouble(long x, double d) {
        if (d >= 0x1p63) {
            return -1;
        }
        if (d < -0x1p63) {
            return 1;
        }
        long whole = (long) d; // exact: d is truncated towards zero and |d| < 2^63
        if (x != whole) {
            return x < whole ? -1 : 1;
        }
        double fraction = d - whole;
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0);
    }
}

package org.jbeam.vm.bif;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Integers;

/**
 * Integer {@code +}, {@code -} and {@code *} by one digit, digit by digit on the heap's own
 * representation (sign and 64-bit magnitude digits), as OTP's {@code big.c} computes them
 * ({@code big_plus}, {@code big_minus}, {@code big_times} by a one-digit operand). Going through
 * {@link java.math.BigInteger} for these linear operations would cost more in conversions than
 * the arithmetic itself; {@link Arithmetic} keeps {@code BigInteger} for the rest.
 */
final class BignumArithmetic {
    private BignumArithmetic() {}

    /** {@code a + b} for two integers, at least one of them a bignum. */
    static long add(HeapAllocator heap, long a, long b) {
        return signedSum(heap, Integers.isNegative(a), Integers.magnitude(a), Integers.isNegative(b),
                Integers.magnitude(b));
    }

    /** {@code a - b} for two integers, at least one of them a bignum. */
    static long subtract(HeapAllocator heap, long a, long b) {
        return signedSum(heap, Integers.isNegative(a), Integers.magnitude(a), !Integers.isNegative(b),
                Integers.magnitude(b));
    }

    /** Whether {@code a * b} can take the one-digit path: one operand's magnitude is a single digit. */
    static boolean hasSingleDigitOperand(long a, long b) {
        return isSingleDigit(a) || isSingleDigit(b);
    }

    /** {@code a * b} for two integers of which at least one has a one-digit magnitude. */
    static long multiplyBySingleDigit(HeapAllocator heap, long a, long b) {
        long single = isSingleDigit(b) ? b : a;
        long other = single == b ? a : b;
        long[] digits = Integers.magnitude(other);
        long factor = Integers.magnitude(single)[0];
        long[] product = new long[digits.length + 1];
        long carry = 0;
        for (int i = 0; i < digits.length; i++) {
            long low = digits[i] * factor;
            long high = Math.unsignedMultiplyHigh(digits[i], factor);
            low += carry;
            if (Long.compareUnsigned(low, carry) < 0) {
                high++;
            }
            product[i] = low;
            carry = high;
        }
        product[digits.length] = carry;
        boolean negative = Integers.isNegative(a) != Integers.isNegative(b);
        return Integers.fromMagnitude(heap, negative, product, product.length);
    }

    private static boolean isSingleDigit(long integer) {
        return !Integers.isBignum(integer) || Integers.digitCount(integer) == 1;
    }

    /** The integer (sign {@code xNegative}, {@code x}) plus (sign {@code yNegative}, {@code y}). */
    private static long signedSum(HeapAllocator heap, boolean xNegative, long[] x, boolean yNegative, long[] y) {
        if (xNegative == yNegative) {
            long[] sum = addMagnitudes(x, y);
            return Integers.fromMagnitude(heap, xNegative, sum, sum.length);
        }
        int order = compareMagnitudes(x, y);
        if (order == 0) {
            return Integers.fromMagnitude(heap, false, x, 0);
        }
        long[] difference = order > 0 ? subtractMagnitudes(x, y) : subtractMagnitudes(y, x);
        return Integers.fromMagnitude(heap, order > 0 ? xNegative : yNegative, difference, difference.length);
    }

    private static long[] addMagnitudes(long[] x, long[] y) {
        long[] longer = x.length >= y.length ? x : y;
        long[] shorter = longer == x ? y : x;
        long[] sum = new long[longer.length + 1];
        long carry = 0;
        for (int i = 0; i < longer.length; i++) {
            long a = longer[i];
            long partial = a + (i < shorter.length ? shorter[i] : 0);
            long carryOut = Long.compareUnsigned(partial, a) < 0 ? 1 : 0;
            long total = partial + carry;
            if (carry != 0 && total == 0) {
                carryOut = 1; // partial was all ones
            }
            sum[i] = total;
            carry = carryOut;
        }
        sum[longer.length] = carry;
        return sum;
    }

    /** {@code x - y} for magnitudes with {@code x >= y}. */
    private static long[] subtractMagnitudes(long[] x, long[] y) {
        long[] difference = new long[x.length];
        long borrow = 0;
        for (int i = 0; i < x.length; i++) {
            long a = x[i];
            long b = i < y.length ? y[i] : 0;
            long partial = a - b;
            long borrowOut = Long.compareUnsigned(a, b) < 0 ? 1 : 0;
            long total = partial - borrow;
            if (borrow != 0 && partial == 0) {
                borrowOut = 1; // partial was zero
            }
            difference[i] = total;
            borrow = borrowOut;
        }
        return difference;
    }

    /** Compares magnitudes that may carry leading zero digits (a small's zero). */
    private static int compareMagnitudes(long[] x, long[] y) {
        int xLength = significantLength(x);
        int yLength = significantLength(y);
        if (xLength != yLength) {
            return Integer.compare(xLength, yLength);
        }
        for (int i = xLength - 1; i >= 0; i--) {
            int order = Long.compareUnsigned(x[i], y[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int significantLength(long[] digits) {
        int length = digits.length;
        while (length > 0 && digits[length - 1] == 0) {
            length--;
        }
        return length;
    }
}

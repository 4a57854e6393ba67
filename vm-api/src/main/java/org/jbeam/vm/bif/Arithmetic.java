package org.jbeam.vm.bif;

import java.math.BigInteger;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * Erlang arithmetic on terms, as OTP 25's {@code erl_arith.c} and {@code big.c} define it:
 * small integers stay small while they fit, overflow into bignums, mixed integer/float
 * operands compute in doubles, and anything else is {@code error:badarith}. A float result
 * that is not finite is {@code badarith} too (Erlang has no infinities or NaN).
 *
 * <p>Every operation has an inline small-integer fast path; bignum {@code +}, {@code -} and
 * {@code *} by a one-digit operand work on the digits ({@link BignumArithmetic}); the rest goes
 * through {@link BigInteger}. Results are built on {@code heap}.
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** Shifts past this many bits of a non-zero integer are {@code system_limit}, as OTP's. */
    private static final long MAX_SHIFT_BITS = 1L << 32;

    public static long add(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return Integers.fromLong(heap, TermTags.smallValue(a) + TermTags.smallValue(b));
        }
        if (Integers.isInteger(a) && Integers.isInteger(b)) {
            return BignumArithmetic.add(heap, a, b);
        }
        return floatResult(heap, toDouble(a) + toDouble(b));
    }

    public static long subtract(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return Integers.fromLong(heap, TermTags.smallValue(a) - TermTags.smallValue(b));
        }
        if (Integers.isInteger(a) && Integers.isInteger(b)) {
            return BignumArithmetic.subtract(heap, a, b);
        }
        return floatResult(heap, toDouble(a) - toDouble(b));
    }

    public static long multiply(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            long x = TermTags.smallValue(a);
            long y = TermTags.smallValue(b);
            long high = Math.multiplyHigh(x, y);
            long low = x * y;
            if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
                return Integers.fromLong(heap, low);
            }
        }
        if (Integers.isInteger(a) && Integers.isInteger(b)) {
            if (BignumArithmetic.hasSingleDigitOperand(a, b)) {
                return BignumArithmetic.multiplyBySingleDigit(heap, a, b);
            }
            return Integers.fromBigInteger(heap, big(a).multiply(big(b)));
        }
        return floatResult(heap, toDouble(a) * toDouble(b));
    }

    /** {@code /}: always a float; dividing by zero (integer or float) is {@code badarith}. */
    public static long divide(HeapAllocator heap, long a, long b) {
        double divisor = toDouble(b);
        double dividend = toDouble(a);
        if (divisor == 0.0) {
            throw ErlangException.badarith("division by zero");
        }
        return floatResult(heap, dividend / divisor);
    }

    /** {@code div}: integer division truncating towards zero. */
    public static long intDiv(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b) && b != TermTags.makeSmall(0)) {
            return Integers.fromLong(heap, TermTags.smallValue(a) / TermTags.smallValue(b));
        }
        BigInteger divisor = integerOperand(b);
        BigInteger dividend = integerOperand(a);
        if (divisor.signum() == 0) {
            throw ErlangException.badarith("div by zero");
        }
        return Integers.fromBigInteger(heap, dividend.divide(divisor));
    }

    /** {@code rem}: the remainder with the sign of the dividend. */
    public static long rem(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b) && b != TermTags.makeSmall(0)) {
            return TermTags.makeSmall(TermTags.smallValue(a) % TermTags.smallValue(b));
        }
        BigInteger divisor = integerOperand(b);
        BigInteger dividend = integerOperand(a);
        if (divisor.signum() == 0) {
            throw ErlangException.badarith("rem by zero");
        }
        return Integers.fromBigInteger(heap, dividend.remainder(divisor));
    }

    public static long band(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return a & b;
        }
        return Integers.fromBigInteger(heap, integerOperand(a).and(integerOperand(b)));
    }

    public static long bor(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return a | b;
        }
        return Integers.fromBigInteger(heap, integerOperand(a).or(integerOperand(b)));
    }

    public static long bxor(HeapAllocator heap, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return TermTags.makeSmall(TermTags.smallValue(a) ^ TermTags.smallValue(b));
        }
        return Integers.fromBigInteger(heap, integerOperand(a).xor(integerOperand(b)));
    }

    public static long bnot(HeapAllocator heap, long a) {
        if (TermTags.isSmall(a)) {
            return TermTags.makeSmall(~TermTags.smallValue(a));
        }
        return Integers.fromBigInteger(heap, integerOperand(a).not());
    }

    public static long bsl(HeapAllocator heap, long a, long b) {
        return shift(heap, a, b, false);
    }

    public static long bsr(HeapAllocator heap, long a, long b) {
        return shift(heap, a, b, true);
    }

    /** {@code bsl}/{@code bsr}; a negative count shifts the other way, as OTP's {@code shift()}. */
    private static long shift(HeapAllocator heap, long a, long b, boolean right) {
        BigInteger value = integerOperand(a);
        BigInteger count = integerOperand(b);
        if (right) {
            count = count.negate();
        }
        if (value.signum() == 0) {
            return TermTags.makeSmall(0);
        }
        if (count.signum() <= 0) {
            if (count.compareTo(BigInteger.valueOf(-MAX_SHIFT_BITS)) < 0) {
                return TermTags.makeSmall(value.signum() < 0 ? -1 : 0);
            }
            return Integers.fromBigInteger(heap, value.shiftRight(-count.intValueExact()));
        }
        if (count.compareTo(BigInteger.valueOf(MAX_SHIFT_BITS)) > 0) {
            throw ErlangException.systemLimit("shift count too large");
        }
        return Integers.fromBigInteger(heap, value.shiftLeft(count.intValueExact()));
    }

    /** Unary {@code -}. */
    public static long negate(HeapAllocator heap, long a) {
        if (TermTags.isSmall(a)) {
            return Integers.fromLong(heap, -TermTags.smallValue(a));
        }
        if (Integers.isBignum(a)) {
            return Integers.fromBigInteger(heap, big(a).negate());
        }
        if (Floats.isFloat(a)) {
            return Floats.make(heap, -Floats.value(a));
        }
        throw ErlangException.badarith("negating a non-number");
    }

    /** Unary {@code +}: the number itself. */
    public static long plus(long a) {
        if (isNumber(a)) {
            return a;
        }
        throw ErlangException.badarith("unary plus of a non-number");
    }

    public static boolean isNumber(long term) {
        return Integers.isInteger(term) || Floats.isFloat(term);
    }

    /** The double an arithmetic operand stands for; {@code badarith} for non-numbers and overflow. */
    public static double toDouble(long term) {
        if (TermTags.isSmall(term)) {
            return TermTags.smallValue(term);
        }
        if (Floats.isFloat(term)) {
            return Floats.value(term);
        }
        if (Integers.isBignum(term)) {
            double value = big(term).doubleValue();
            if (Double.isInfinite(value)) {
                throw ErlangException.badarith("integer too large for a float");
            }
            return value;
        }
        throw ErlangException.badarith("not a number");
    }

    /** A float term for an arithmetic result; {@code badarith} when it is not finite. */
    public static long floatResult(HeapAllocator heap, double value) {
        if (!Double.isFinite(value)) {
            throw ErlangException.badarith("float result out of range");
        }
        return Floats.make(heap, value);
    }

    static BigInteger big(long integer) {
        return Integers.toBigInteger(integer);
    }

    private static BigInteger integerOperand(long term) {
        if (!Integers.isInteger(term)) {
            throw ErlangException.badarith("not an integer");
        }
        return big(term);
    }
}

package org.jbeam.vm.bits;

/** IEEE 754 half-precision encoding for 16-bit float segments. */
final class HalfPrecision {
    private HalfPrecision() {}

    /**
     * The half-precision bits of {@code d}, rounded once to nearest-even as OTP does (going
     * through {@code float} would round twice and differ near halfway points).
     */
    static long bits(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long sign = (bits >>> 63) << 15;
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0x7FF) {
            return sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0);
        }
        if (exponent == 0) {
            return sign; // a double subnormal is far below the smallest half subnormal
        }
        int unbiased = exponent - 1023;
        long full = mantissa | (1L << 52);
        if (unbiased < -14) {
            // Half subnormal: units of 2^-24; a carry into 0x400 makes the smallest normal.
            return sign | roundShift(full, 28 - unbiased);
        }
        if (unbiased > 15) {
            return sign | 0x7C00;
        }
        // A carry out of the mantissa bumps the exponent, up to infinity (0x7C00) at the top.
        return sign | (((long) (unbiased + 15) << 10) + roundShift(full, 42) - 0x400);
    }

    /** {@code value >>> shift} rounded to nearest, ties to even. */
    private static long roundShift(long value, int shift) {
        if (shift > 62) {
            return 0;
        }
        long quotient = value >>> shift;
        long rest = value & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || (rest == half && (quotient & 1) == 1)) {
            quotient++;
        }
        return quotient;
    }
}

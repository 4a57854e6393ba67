package org.jbeam.vm.etf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.jbeam.vm.error.ErlangException;

/**
 * The text form of floats in {@code FLOAT_EXT} (minor version 0): C's {@code "%.20e"} when
 * writing, and OTP's {@code sys_chars_to_double} syntax when reading.
 */
final class FloatText {
    private FloatText() {}

    private static final int SIGNIFICANT_DIGITS = 21;

    /** {@code value} as C's {@code printf("%.20e")} prints it: exact value, rounded half-even. */
    static String format(double value) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        StringBuilder text = new StringBuilder(32);
        if (negative) {
            text.append('-');
        }
        String digits;
        int exponent;
        if (value == 0) {
            digits = "0".repeat(SIGNIFICANT_DIGITS);
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(Math.abs(value))
                    .round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exponent = unscaled.length() - 1 - rounded.scale();
            digits = (unscaled + "0".repeat(SIGNIFICANT_DIGITS)).substring(0, SIGNIFICANT_DIGITS);
        }
        text.append(digits.charAt(0)).append('.').append(digits, 1, SIGNIFICANT_DIGITS);
        text.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            text.append('0');
        }
        text.append(magnitude);
        return text.toString();
    }

    /** The bytes of {@link #format}, NUL-padded to the 31 bytes the format reserves. */
    static byte[] encode(double value) {
        byte[] field = new byte[ExternalTags.FLOAT_TEXT_BYTES];
        byte[] text = format(value).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, field, 0, Math.min(text.length, field.length));
        return field;
    }

    /**
     * Parses the text up to the first NUL of the 31-byte field (OTP requires one): an optional sign, digits, a
     * '.' or ',', digits, and an optional exponent, nothing else (OTP's
     * {@code sys_chars_to_double}). Overflow is {@code badarg}; underflow gives 0 or a
     * subnormal, as {@code strtod} does.
     */
    static double parse(byte[] data, int offset) {
        int end = offset;
        int limit = offset + ExternalTags.FLOAT_TEXT_BYTES;
        while (end < limit && data[end] != 0) {
            end++;
        }
        if (end == limit) {
            throw ErlangException.badarg("FLOAT_EXT text is not NUL-terminated");
        }
        int i = offset;
        if (i < end && (data[i] == '+' || data[i] == '-')) {
            i++;
        }
        i = digits(data, i, end);
        if (i >= end || (data[i] != '.' && data[i] != ',')) {
            throw ErlangException.badarg("FLOAT_EXT text has no decimal point");
        }
        i = digits(data, i + 1, end);
        if (i < end && (data[i] == 'e' || data[i] == 'E')) {
            i++;
            if (i < end && (data[i] == '+' || data[i] == '-')) {
                i++;
            }
            i = digits(data, i, end);
        }
        if (i != end) {
            throw ErlangException.badarg("FLOAT_EXT text has trailing characters");
        }
        String text = new String(data, offset, end - offset, StandardCharsets.US_ASCII).replace(',', '.');
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw ErlangException.badarg("FLOAT_EXT text overflows a double");
        }
        return value;
    }

    /** Skips one or more digits from {@code i}; badarg when there is none. */
    private static int digits(byte[] data, int i, int end) {
        int start = i;
        while (i < end && data[i] >= '0' && data[i] <= '9') {
            i++;
        }
        if (i == start) {
            throw ErlangException.badarg("FLOAT_EXT text lacks digits");
        }
        return i;
    }
}

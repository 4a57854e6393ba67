package org.jbeam.vm.bif;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text forms of {@code float_to_list/1,2} and {@code float_to_binary/1,2} as OTP 25 writes
 * them ({@code bif.c}'s {@code do_float_to_charbuf}, {@code sys_double_to_chars_fast},
 * {@code sys_double_to_chars_ext} and the shortest form built on Ryu).
 *
 * <ul>
 * <li>{@link #scientific}: C's {@code "%.Ne"} (the default is N = 20), the exact binary value
 * rounded half-even, at least two exponent digits.</li>
 * <li>{@link #decimals}: {@code {decimals, N}}. Below 2^53 and 19 decimals OTP does not use
 * {@code printf}: it splits the value into its integer part and the fraction scaled by 10^N
 * in double arithmetic, rounded half away from zero; that arithmetic is reproduced here so
 * the last digit matches. Otherwise {@code "%.Nf"} of the exact value. A result of 256
 * characters or more does not fit OTP's buffer and is {@code null} (OTP's {@code badarg}).</li>
 * <li>{@link #shortest}: {@code short}: the fewest digits that read back as the same double;
 * written in plain or scientific form, whichever is shorter (plain on a tie), and always
 * scientific from 2^53 on.</li>
 * </ul>
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** {@code float_to_list(F)}'s 20 digits after the point. */
    public static final int DEFAULT_SCIENTIFIC_DIGITS = 20;
    /** The largest {@code {decimals, N}} OTP accepts. */
    public static final int MAX_DECIMALS = 253;
    /** The largest {@code {scientific, N}} OTP accepts. */
    public static final int MAX_SCIENTIFIC = 249;

    private static final int BUFFER_SIZE = 256;
    private static final double TWO_POW_53 = 9007199254740992.0;
    private static final int FAST_DECIMALS_LIMIT = 19;

    /** {@code value} as {@code printf("%.{digits}e")}. */
    public static String scientific(double value, int digits) {
        StringBuilder text = new StringBuilder(digits + 8);
        if (isNegative(value)) {
            text.append('-');
        }
        String significant;
        int exponent;
        if (value == 0) {
            significant = "0".repeat(digits + 1);
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(Math.abs(value))
                    .round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exponent = unscaled.length() - 1 - rounded.scale();
            significant = unscaled.length() >= digits + 1 ? unscaled.substring(0, digits + 1)
                    : unscaled + "0".repeat(digits + 1 - unscaled.length());
        }
        text.append(significant.charAt(0));
        if (digits > 0) {
            text.append('.').append(significant, 1, digits + 1);
        }
        appendExponent(text, exponent);
        return text.toString();
    }

    private static void appendExponent(StringBuilder text, int exponent) {
        text.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            text.append('0');
        }
        text.append(magnitude);
    }

    /** {@code {decimals, decimals}} (with {@code compact}), or null when OTP's buffer is too small. */
    public static String decimals(double value, int decimals, boolean compact) {
        double magnitude = Math.abs(value);
        String text;
        if (magnitude > TWO_POW_53 || decimals >= FAST_DECIMALS_LIMIT) {
            text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (isNegative(value) && text.charAt(0) != '-') {
                text = "-" + text;
            }
            if (text.length() >= BUFFER_SIZE) {
                return null;
            }
            return compact ? withoutTrailingZeros(text) : text;
        }
        text = fastDecimals(magnitude, decimals, isNegative(value));
        return compact && decimals > 0 ? withoutTrailingZeros(text) : text;
    }

    /** OTP's {@code sys_double_to_chars_fast}: the same double arithmetic, so the same rounding. */
    private static String fastDecimals(double magnitude, int decimals, boolean negative) {
        StringBuilder text = new StringBuilder(24);
        if (negative) {
            text.append('-');
        }
        if (decimals == 0) {
            return text.append(Math.round(magnitude)).toString();
        }
        double scale = Math.pow(10, decimals);
        double integral = Math.floor(magnitude);
        double fraction = roundHalfAway((magnitude - integral) * scale);
        long integerPart = (long) integral;
        long fractionPart = (long) fraction;
        if (fraction >= scale) {
            integerPart++;
            fractionPart = 0;
        }
        String digits = Long.toString(fractionPart);
        text.append(integerPart).append('.').append("0".repeat(decimals - digits.length())).append(digits);
        return text.toString();
    }

    /** C's {@code round}: halves away from zero (Java's {@code Math.round} rounds them up). */
    private static double roundHalfAway(double x) {
        double floor = Math.floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /**
     * OTP's {@code compact}: trailing zeros go, but a zero right after the point stays. Like
     * OTP's {@code find_first_trailing_zero}, it does not stop at the point's absence: on the
     * {@code printf} path {@code {decimals,0}} of 1.0e20 compacts to "1".
     */
    private static String withoutTrailingZeros(String text) {
        int end = text.length();
        while (end > 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end++;
        }
        return text.substring(0, end);
    }

    /** {@code short}: the shortest text that reads back as {@code value}. */
    public static String shortest(double value) {
        boolean negative = isNegative(value);
        String sign = negative ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        Decimal d = shortestDigits(Math.abs(value));
        String scientificForm = sign + d.digits.charAt(0) + "."
                + (d.digits.length() > 1 ? d.digits.substring(1) : "0") + "e" + d.exponent;
        if (Math.abs(value) >= TWO_POW_53) {
            return scientificForm;
        }
        String plainForm = sign + plain(d);
        return plainForm.length() <= scientificForm.length() ? plainForm : scientificForm;
    }

    private static String plain(Decimal d) {
        int pointAfter = d.exponent + 1;
        if (pointAfter <= 0) {
            return "0." + "0".repeat(-pointAfter) + d.digits;
        }
        if (pointAfter >= d.digits.length()) {
            return d.digits + "0".repeat(pointAfter - d.digits.length()) + ".0";
        }
        return d.digits.substring(0, pointAfter) + "." + d.digits.substring(pointAfter);
    }

    /** Significant digits (no trailing zeros) and the decimal exponent of the first one. */
    private record Decimal(String digits, int exponent) {}

    /**
     * Java's {@link Double#toString} gives the shortest round-tripping digits, except that for
     * a one-digit answer it may prefer a closer two-digit one (4.9E-324 rather than 5e-324);
     * Ryu, which OTP uses, keeps the single digit, so that case is checked here.
     */
    private static Decimal shortestDigits(double magnitude) {
        BigDecimal parsed = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
        String digits = parsed.unscaledValue().toString();
        int exponent = digits.length() - 1 - parsed.scale();
        if (digits.length() == 2) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN}) {
                BigDecimal one = parsed.round(new MathContext(1, mode));
                if (one.doubleValue() == magnitude) {
                    BigDecimal stripped = one.stripTrailingZeros();
                    String oneDigit = stripped.unscaledValue().toString();
                    return new Decimal(oneDigit, oneDigit.length() - 1 - stripped.scale());
                }
            }
        }
        return new Decimal(digits, exponent);
    }

    private static boolean isNegative(double value) {
        return Double.doubleToRawLongBits(value) < 0;
    }
}

package org.jbeam.vm.bif;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code math} module's BIFs (OTP's {@code erl_math.c} and {@code math_floor_1} and friends
 * in {@code bif.c}); {@code math:pi/0} is Erlang code in {@code math.beam}.
 *
 * <p>Each argument is a float or an integer (a bignum too large for a double is
 * {@code badarith}, anything else {@code badarg}); the function is the C library's (see
 * {@link CLibMath}); a result that is not finite (a domain error's NaN, an overflow's infinity,
 * {@code log(0)}'s minus infinity) is {@code badarith}, as erts's {@code ERTS_FP_ERROR_THOROUGH}
 * makes it.
 */
final class MathBifs {
    private static final String[] UNARY = {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
        "asinh", "acosh", "atanh", "exp", "log", "log2", "log10", "sqrt", "erf", "erfc"};

    private MathBifs() {}

    static void register(BifTable t) {
        for (String name : UNARY) {
            DoubleUnaryOperator function = CLibMath.unary(name);
            t.register("math", name, 1, (p, a) -> result(p, function.applyAsDouble(operand(a[0]))));
        }
        DoubleBinaryOperator pow = CLibMath.binary("pow");
        DoubleBinaryOperator atan2 = CLibMath.binary("atan2");
        t.register("math", "pow", 2, (p, a) -> result(p, pow.applyAsDouble(operand(a[0]), operand(a[1]))));
        t.register("math", "atan2", 2, (p, a) -> result(p, atan2.applyAsDouble(operand(a[0]), operand(a[1]))));
        // Java's % on doubles is C's fmod exactly (the truncated remainder, exact in IEEE arithmetic).
        t.register("math", "fmod", 2, (p, a) -> result(p, operand(a[0]) % operand(a[1])));
        t.register("math", "floor", 1, (p, a) -> result(p, Math.floor(operand(a[0]))));
        t.register("math", "ceil", 1, (p, a) -> result(p, Math.ceil(operand(a[0]))));
    }

    /** A number as a double: badarg for a non-number, badarith for an integer beyond the doubles. */
    private static double operand(long term) {
        if (Floats.isFloat(term)) {
            return Floats.value(term);
        }
        if (TermTags.isSmall(term)) {
            return TermTags.smallValue(term);
        }
        if (Integers.isBignum(term)) {
            double value = Integers.toBigInteger(term).doubleValue();
            if (Double.isInfinite(value)) {
                throw ErlangException.badarith("integer too large for a float");
            }
            return value;
        }
        throw ErlangException.badarg("not a number");
    }

    private static long result(ErlangProcess p, double value) {
        if (!Double.isFinite(value)) {
            throw ErlangException.badarith("math result is not a finite float");
        }
        return Floats.make(p.heap(), value);
    }
}

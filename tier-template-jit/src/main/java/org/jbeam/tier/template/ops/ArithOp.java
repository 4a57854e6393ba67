package org.jbeam.tier.template.ops;

/**
 * The {@code gc_bif2} arithmetic whose common case is inlined (OTP's {@code instr_arith}): integer
 * operations on two small integers, and {@code +}, {@code -}, {@code *}, {@code /} on floats.
 */
public enum ArithOp {
    ADD, SUBTRACT, MULTIPLY, DIVIDE, INTEGER_DIVIDE, REMAINDER, BAND, BOR, BXOR, BSL, BSR;

    /** The op of BIF {@code erlang:Name/2}, or null when it has no inline case. */
    public static ArithOp ofBif(String name) {
        return switch (name) {
            case "+" -> ADD;
            case "-" -> SUBTRACT;
            case "*" -> MULTIPLY;
            case "/" -> DIVIDE;
            case "div" -> INTEGER_DIVIDE;
            case "rem" -> REMAINDER;
            case "band" -> BAND;
            case "bor" -> BOR;
            case "bxor" -> BXOR;
            case "bsl" -> BSL;
            case "bsr" -> BSR;
            default -> null;
        };
    }
}

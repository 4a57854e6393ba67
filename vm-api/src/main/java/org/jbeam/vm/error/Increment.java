package org.jbeam.vm.error;

import org.jbeam.vm.term.TermTags;

/**
 * Which arithmetic BIF calls fail as OTP's {@code i_increment} does. OTP's loader (ops.tab,
 * {@code negation_is_small}) turns {@code gc_bif '+'} of a register and a small integer, and
 * {@code gc_bif '-'} of a register and a non-negative small integer, into that instruction,
 * whose {@code badarith} names no BIF: the trace starts at the function holding it. Every other
 * failing arithmetic BIF names itself ({@code {erlang, '+', [A, B], [{error_info, ...}]}}), so
 * each tier asks this before reporting the failed call.
 */
public final class Increment {
    private Increment() {}

    /**
     * Whether {@code erlang:Function/2} with a register first and {@code second} (a constant term,
     * or NON_VALUE for a register) is an increment.
     */
    public static boolean isIncrement(String function, boolean firstIsRegister, long second) {
        if (!firstIsRegister || second == TermTags.NON_VALUE || !TermTags.isSmall(second)) {
            return false;
        }
        return function.equals("+") || function.equals("-") && TermTags.smallValue(second) >= 0;
    }
}

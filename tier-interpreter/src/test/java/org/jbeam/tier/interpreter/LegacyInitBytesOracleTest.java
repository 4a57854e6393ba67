package org.jbeam.tier.interpreter;

/**
 * {@code bs_init2} (a binary's size in bytes), which OTP 25's erlc no longer emits even with
 * {@code +no_bs_create_bin}, on the interpreter against the real {@code erl}: the module is the
 * BEAM assembly listing {@code src/test/resources/oldbits/oldinit.S} (erlc's own listing with
 * {@code bs_add}+{@code bs_init_bits} turned into {@code bs_init2}), and each {@code oldinit:t(N)}
 * (literal and register sizes, zero, negative, not an integer, too large, in a guard) must
 * print erl's {@code ~w} text.
 */
class LegacyInitBytesOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "oldbits";
    }

    @Override
    String module() {
        return "oldinit";
    }

    @Override
    int cases() {
        return 7;
    }
}

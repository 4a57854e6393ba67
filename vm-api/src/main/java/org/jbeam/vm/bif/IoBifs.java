package org.jbeam.vm.bif;

/**
 * The BIFs of the {@code io} module: {@code io:printable_range/0}, the character range
 * {@code io_lib} treats as printable when it guesses whether a list is a string. erl answers
 * what its {@code +pc} flag chose, {@code latin1} unless told {@code +pc unicode}; jbeam has no
 * such flag, so it is always {@code latin1}.
 */
final class IoBifs {
    private IoBifs() {}

    static void register(BifTable t) {
        long latin1 = t.atoms().atom("latin1");
        t.register("io", "printable_range", 0, (p, a) -> latin1);
    }
}

package org.jbeam.conformance;

import org.jbeam.tier.interpreter.Interpreter;

/**
 * A test tier (issue 5): a second interpreter under its own id and name, found by
 * {@link java.util.ServiceLoader} on this module's test class path, so that the corpus can run
 * with its modules spread over two tiers ({@code conformance.mix}) until the JIT tiers exist.
 * Its id stays clear of the ids the real tiers take.
 */
public final class SecondInterpreter extends Interpreter {
    /** The configuration name of the test tier. */
    public static final String NAME = "interpreter-b";
    /** Its tier id. */
    public static final int ID = 250;

    public SecondInterpreter() {
        super(ID, NAME);
    }
}

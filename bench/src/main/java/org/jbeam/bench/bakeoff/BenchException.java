package org.jbeam.bench.bakeoff;

/** A bake-off step that could not be done, with a message that says which and why. */
public final class BenchException extends Exception {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.jbeam.tier.interpreter.loader;

/**
 * Where catch tags come from: the loader registers each {@code try}/{@code catch} handler
 * and gets the catch-tag term that the instruction stores on the stack (BEAM's catch index).
 */
@FunctionalInterface
public interface CatchTable {
    /** The catch tag for the handler at instruction {@code handlerIndex} of the module being loaded. */
    long tagFor(int handlerIndex);
}

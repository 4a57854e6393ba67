package org.jbeam.tier.template.backend;

/**
 * The arch's entry stub, contract 6's one door: runs generated code at {@code address} with the
 * VM state in the context block at {@code context} and returns the status word it left with
 * ({@link org.jbeam.tier.template.entry.ExitStatus}).
 */
@FunctionalInterface
public interface EntryDoor {
    long enter(long context, long address);
}

package org.jbeam.vm.bif;

/**
 * Where a long BIF goes on after it traps (OTP's {@code BIF_TRAP} to a trap export): the
 * continuation, called with its {@code arity} arguments in X0..X(arity-1), returns the result,
 * throws, or traps again.
 *
 * <p>A continuation keeps the original BIF's arguments in X0.. and its own state after them, so
 * that an error found in a later chunk reports the call as the caller made it (erl's stack
 * trace names {@code {erlang,length,[List],...}}, not the part of the list still to walk).
 */
public record BifTrap(Bif continuation, int arity) {
}

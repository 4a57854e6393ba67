package org.jbeam.tier.interpreter.instr;

/**
 * A term fixed at load time: an immediate (atom, small integer, {@code []}) or a pointer into
 * the module's literal area, which lives as long as the module.
 */
public record Constant(long term) implements Source {}

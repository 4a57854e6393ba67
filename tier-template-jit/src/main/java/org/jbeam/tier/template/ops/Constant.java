package org.jbeam.tier.template.ops;

/** A term known at load time (atom, small integer, nil, or a literal in the module's literal area). */
public record Constant(long term) implements Source {}

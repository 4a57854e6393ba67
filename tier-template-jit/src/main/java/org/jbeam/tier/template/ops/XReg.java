package org.jbeam.tier.template.ops;

/** X register {@code index} of the scheduler's register file. */
public record XReg(int index) implements Register {}

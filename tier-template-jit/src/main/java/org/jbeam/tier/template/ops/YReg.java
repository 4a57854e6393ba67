package org.jbeam.tier.template.ops;

/** Y register {@code index} of the current frame (word {@code index + 1} above the frame pointer). */
public record YReg(int index) implements Register {}

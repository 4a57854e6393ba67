package org.jbeam.tier.template.ops;

/** A handler a module's {@code try}/{@code catch} installs: its tier-wide number and its BEAM label. */
public record CatchHandler(int number, int label) {}

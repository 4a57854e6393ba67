package org.jbeam.bench.bakeoff;

/** A runner the bake-off looked for and could not use, with the reason, for the reports. */
public record UnavailableRunner(String name, String reason) {}

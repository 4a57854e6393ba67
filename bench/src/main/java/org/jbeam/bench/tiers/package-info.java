/**
 * The JMH suites per execution tier: the bake-off's Erlang workloads run in a jbeam VM embedded
 * in the benchmark JVM ({@link org.jbeam.config.EmbeddedVm}), one tier at a time, so JMH's
 * statistics compare tiers on identical {@code .beam} files.
 */
package org.jbeam.bench.tiers;

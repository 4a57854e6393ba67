/**
 * Loading benchmarks: jbeam's loader on all of stdlib, by JMH and side by side with the real
 * erl's {@code erlang:prepare_loading/2}.
 */
package org.jbeam.bench.load;

/**
 * JMH suites over identical BEAM workloads on each tier, and the bake-off runner that also times the real erl.
 */
package org.jbeam.bench;

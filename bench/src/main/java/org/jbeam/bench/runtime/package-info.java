/**
 * JMH micro-benchmarks of the runtime pieces every tier shares (vm-api): tag tests, term
 * comparison, heap allocation with garbage collection, message passing through a mailbox, and
 * BIF dispatch. They measure the Java side alone, without an Erlang program around it.
 */
package org.jbeam.bench.runtime;

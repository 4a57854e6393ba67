/**
 * Erlang exceptions as Java code of the runtime raises them, and their stack traces: the rules
 * every tier builds them by ({@link org.jbeam.vm.error.StackTraceBuilder}), what a tier tells
 * about where it raised ({@link org.jbeam.vm.error.RaiseSite}), and the VM's
 * {@code backtrace_depth} ({@link org.jbeam.vm.error.BacktraceDepth}).
 */
package org.jbeam.vm.error;

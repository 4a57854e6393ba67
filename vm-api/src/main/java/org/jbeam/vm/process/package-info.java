/**
 * Erlang processes as every tier sees them: the X-register file, float registers, the stack
 * of Y registers and continuation pointers, and the process heap, all in native memory
 * (contracts 1-3). A tier runs a process by reading and writing this state; at every point
 * where control can leave a tier, everything live is here.
 */
package org.jbeam.vm.process;

/**
 * The tracing JIT (BEAMJIT's design): profiling, trace recording, the trace IR and its optimiser, side exits, and the lowering SPI that an arch module implements.
 */
package org.jbeam.tier.trace;

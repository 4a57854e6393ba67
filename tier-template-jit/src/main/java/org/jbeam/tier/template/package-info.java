/**
 * The portable half of the template JIT (BeamAsm's design): code cache, labels, linking, the Java side of helper calls, and the backend SPI that an arch module implements. It never names a CPU.
 */
package org.jbeam.tier.template;

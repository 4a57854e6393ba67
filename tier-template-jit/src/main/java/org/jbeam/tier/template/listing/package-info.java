/**
 * Listings of the template JIT's code for tools outside the VM, written as modules compile
 * when the configuration asks: Linux perf's {@code /tmp/perf-PID.map}
 * ({@link org.jbeam.tier.template.listing.PerfMap}: each function, the module's slow paths and the
 * backend's entry stub by name) and BeamAsm-style {@code MODULE.asm} dumps
 * ({@link org.jbeam.tier.template.listing.AsmDump}: each instruction as a comment over its machine
 * code, disassembled by GNU objdump when it is on the PATH). Nothing here runs on the hot path.
 */
package org.jbeam.tier.template.listing;

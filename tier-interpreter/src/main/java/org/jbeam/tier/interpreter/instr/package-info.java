/**
 * The interpreter's specific (loaded) instructions and their typed operands (STYLE principles
 * 1 and 2): one record per instruction, grouped in sealed family interfaces named as OTP groups
 * them, so that the dispatch loop's exhaustive {@code switch} breaks the build when a new
 * instruction has no implementation.
 *
 * <p>Jump targets are indices into the module's pre-decoded instruction array; a fail target
 * of {@link Instruction#RAISE} means "raise the error instead of jumping".
 */
package org.jbeam.tier.interpreter.instr;

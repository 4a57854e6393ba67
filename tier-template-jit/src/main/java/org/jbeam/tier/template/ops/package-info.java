/**
 * The template JIT's instruction set: the specific instructions it has templates for
 * ({@link org.jbeam.tier.template.ops.Op}, one record per instruction, grouped by family as OTP's
 * {@code instr_*.cpp} files are), their typed operands (X and Y registers, constants), and
 * {@link org.jbeam.tier.template.ops.ModuleDecoder}, which turns a loaded module's generic
 * instructions into them or fails the module naming the first instruction without a template.
 */
package org.jbeam.tier.template.ops;

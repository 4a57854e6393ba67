/**
 * Turning a validated {@link org.jbeam.vm.loader.LoadedModule} into the interpreter's
 * pre-decoded instruction array: rewrite rules from generic to specific instructions
 * (STYLE principle 3: rules are data, tested as instructions in, instructions out), operand
 * decoding, and label resolution, as OTP's {@code beam_load.c} with its {@code ops.tab}
 * transformations does for BEAM.
 */
package org.jbeam.tier.interpreter.loader;

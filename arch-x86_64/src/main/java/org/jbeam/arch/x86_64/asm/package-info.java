/**
 * A typed x86-64 assembler (Intel SDM vol. 2): the encoder the template JIT's instruction
 * templates and the entry/exit stub are written with.
 *
 * <p>Operands are typed so that an illegal form does not compile: general registers carry
 * their width as a type parameter ({@code Gp<Bits64>}, {@code Gp<Bits32>}, {@code Gp<Bits8>}),
 * memory operands carry the width of the access and are built only from a 64-bit base, an
 * optional index and scale and a 32-bit displacement, immediates carry their encoded width,
 * and only {@code CL} is accepted as a variable shift count. Widths the CPU does not allow for
 * an instruction (no 8-bit {@code imul} or {@code cmov}) are excluded by the bounds of the
 * method's type parameter. What types cannot say (RSP as an index, an immediate that does
 * not fit its width) is refused when the operand is built.
 *
 * <p>{@link org.jbeam.arch.x86_64.asm.Assembler} emits into a growing buffer; labels are
 * resolved when the code is assembled for the address it will run at.
 */
package org.jbeam.arch.x86_64.asm;

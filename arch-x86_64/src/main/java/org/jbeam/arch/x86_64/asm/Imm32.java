package org.jbeam.arch.x86_64.asm;

/**
 * An immediate encoded in four bytes; with a 64-bit operand the CPU sign-extends it, which
 * is why the value is a Java {@code int} (a 64-bit constant outside its range needs
 * {@link Assembler#movabs}).
 */
public record Imm32(int value) {}

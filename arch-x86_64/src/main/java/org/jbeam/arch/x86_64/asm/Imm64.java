package org.jbeam.arch.x86_64.asm;

/** An immediate encoded in eight bytes: only {@code movabs r64, imm64} ({@code REX.W B8+r io}) takes one. */
public record Imm64(long value) {}

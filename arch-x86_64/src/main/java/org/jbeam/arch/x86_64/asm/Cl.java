package org.jbeam.arch.x86_64.asm;

import org.jbeam.arch.x86_64.asm.Width.Bits8;

/**
 * The register {@code cl} as a type of its own: the only register a variable shift count can
 * be in (Intel SDM vol. 2, SAL/SAR/SHL/SHR, {@code D3 /4}), so {@code shl rax, dl} does not
 * compile. It is an ordinary byte register everywhere else.
 */
public final class Cl extends Gp<Bits8> {
    Cl() {
        super(1, 8, "cl");
    }
}

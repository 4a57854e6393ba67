package org.jbeam.arch.x86_64.asm;

/** An SSE register holding a double in its low 64 bits (Intel SDM vol. 1, 10.2). */
public enum Xmm {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** The register number, 0 to 15 (the high bit goes in REX.R or REX.B). */
    public int code() {
        return ordinal();
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

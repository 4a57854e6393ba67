package org.jbeam.arch.x86_64.asm;

import org.jbeam.arch.x86_64.asm.Width.Bits32;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Width.Bits8;

/**
 * A memory operand {@code [base + index*scale + disp32]} accessing {@code W} bits (Intel SDM
 * vol. 2, 2.1.5): the base is always a 64-bit register, the index is optional and never
 * {@code rsp} (SIB index 100 means "no index"), the displacement is a signed 32-bit value.
 * Built by {@link #qwordPtr}, {@link #dwordPtr} and {@link #bytePtr}, named as the
 * disassembler prints them, so the width of every access is explicit at the call site.
 */
public final class Mem<W extends Width> {
    private final Gp<Bits64> base;
    private final Gp<Bits64> index;
    private final Scale scale;
    private final int displacement;
    private final int bits;

    private Mem(Gp<Bits64> base, Gp<Bits64> index, Scale scale, int displacement, int bits) {
        if (index != null && index.code() == 4) {
            throw new IllegalArgumentException("rsp cannot be an index register");
        }
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.displacement = displacement;
        this.bits = bits;
    }

    /** {@code QWORD PTR [base + disp]}. */
    public static Mem<Bits64> qwordPtr(Gp<Bits64> base, int displacement) {
        return new Mem<>(base, null, Scale.TIMES_1, displacement, 64);
    }

    /** {@code QWORD PTR [base + index*scale + disp]}. */
    public static Mem<Bits64> qwordPtr(Gp<Bits64> base, Gp<Bits64> index, Scale scale, int displacement) {
        return new Mem<>(base, index, scale, displacement, 64);
    }

    /** {@code DWORD PTR [base + disp]}. */
    public static Mem<Bits32> dwordPtr(Gp<Bits64> base, int displacement) {
        return new Mem<>(base, null, Scale.TIMES_1, displacement, 32);
    }

    /** {@code DWORD PTR [base + index*scale + disp]}. */
    public static Mem<Bits32> dwordPtr(Gp<Bits64> base, Gp<Bits64> index, Scale scale, int displacement) {
        return new Mem<>(base, index, scale, displacement, 32);
    }

    /** {@code BYTE PTR [base + disp]}. */
    public static Mem<Bits8> bytePtr(Gp<Bits64> base, int displacement) {
        return new Mem<>(base, null, Scale.TIMES_1, displacement, 8);
    }

    /** {@code BYTE PTR [base + index*scale + disp]}. */
    public static Mem<Bits8> bytePtr(Gp<Bits64> base, Gp<Bits64> index, Scale scale, int displacement) {
        return new Mem<>(base, index, scale, displacement, 8);
    }

    public Gp<Bits64> base() {
        return base;
    }

    /** The index register, or {@code null} when there is none. */
    public Gp<Bits64> index() {
        return index;
    }

    public Scale scale() {
        return scale;
    }

    public int displacement() {
        return displacement;
    }

    /** The access width in bits: 8, 32 or 64. */
    public int bits() {
        return bits;
    }

    @Override
    public String toString() {
        String width = switch (bits) {
            case 64 -> "QWORD";
            case 32 -> "DWORD";
            default -> "BYTE";
        };
        String indexPart = index == null ? "" : "+" + index + "*" + scale.factor();
        return width + " PTR [" + base + indexPart + (displacement < 0 ? "-" : "+") + Math.abs((long) displacement) + "]";
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * OTP 24's binary construction, which OTP 25's compiler still emits with
 * {@code +no_bs_create_bin} ({@code genop.tab}'s {@code bs_init2}, {@code bs_init_bits},
 * {@code bs_add}, {@code bs_put_*}, {@code bs_utf8_size}, {@code bs_utf16_size},
 * {@code bs_append}, {@code bs_private_append}; erts' {@code bs_instrs.tab} and
 * {@code erl_bits.c}). The sizes are computed first by {@code bs_add}; an init or append
 * instruction then makes the result binary at its final size and writes it to its target at
 * once, and each put fills the next bits of it, as erts does through the process's
 * {@code erl_bin_state}: here the Machine's {@link UnderConstruction}. The segment checks are
 * {@link BitSyntaxConstruction}'s; failures are {@code badarg} (a size too large
 * {@code system_limit}) without {@code error_info}, or a jump to the instruction's fail label.
 */
final class LegacyBitSyntax {
    private LegacyBitSyntax() {}

    /**
     * The binary being filled: its bits are written to a Java buffer and each put copies the
     * bytes it touched into the term's memory at {@code address}, so the term a register
     * already holds sees them.
     */
    static final class UnderConstruction {
        final BitBuilder bits;
        final long address;
        final long totalBits;

        UnderConstruction(BitBuilder bits, long address, long totalBits) {
            this.bits = bits;
            this.address = address;
            this.totalBits = totalBits;
        }
    }

    static int initBinary(Machine m, BitSyntaxOps.InitBinary i, int pc) {
        try {
            long bits = multiply(naturalSize(m.read(i.size())), i.unit());
            m.write(i.target(), start(m, new BitBuilder(bits)));
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    static int addSizes(Machine m, BitSyntaxOps.AddSizes i, int pc) {
        try {
            long first = naturalSize(m.read(i.first()));
            long second = multiply(naturalSize(m.read(i.second())), i.unit());
            if (first > BitSyntaxConstruction.MAX_BITS - second) {
                throw ErlangException.systemLimit("binary size too large");
            }
            m.write(i.target(), TermTags.makeSmall(first + second));
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    static int put(Machine m, BitSyntaxOps.Put i, int pc) {
        BitSyntaxOps.Segment s = i.segment();
        try {
            UnderConstruction c = m.construction;
            if (c == null) {
                throw ErlangException.badarg("bs_put with no binary under construction");
            }
            long value = s.value() == null ? TermTags.NON_VALUE : m.read(s.value());
            long bits = BitSyntaxConstruction.checkedSegmentBits(m, s, value);
            long from = c.bits.position();
            if (bits > c.totalBits - from) {
                throw ErlangException.badarg("segment larger than the room left in the binary");
            }
            BitSyntaxConstruction.writeSegment(c.bits, s, value, bits);
            int firstByte = (int) (from >>> 3);
            int endByte = (int) ((c.bits.position() + 7) >>> 3);
            NativeMemory.copyIn(c.bits.bytes(), firstByte, c.address + firstByte, endByte - firstByte);
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    /**
     * The bytes a code point takes in UTF-8 or UTF-16. As erts, no check here: a value that is
     * not a valid code point fails in the put that follows, so any size does.
     */
    static int utfSize(Machine m, BitSyntaxOps.UtfSize i, int pc) {
        long value = m.read(i.value());
        long c = TermTags.isSmall(value) ? TermTags.smallValue(value) : Long.MAX_VALUE;
        long bytes;
        if (i.width() == 8) {
            bytes = c >= 0 && c < 0x80 ? 1 : c >= 0 && c < 0x800 ? 2 : c >= 0 && c < 0x10000 ? 3 : 4;
        } else {
            bytes = c >= 0 && c < 0x10000 ? 2 : 4;
        }
        m.write(i.target(), TermTags.makeSmall(bytes));
        return pc + 1;
    }

    /**
     * A new binary holding {@code binary}'s bits and room for {@code size} more. OTP grows a
     * writable binary in place; this copies, which gives the same terms.
     */
    static int append(Machine m, BitSyntaxOps.Append i, int pc) {
        try {
            long extra = naturalSize(m.read(i.size()));
            long binary = m.read(i.binary());
            if (!Binaries.isBinaryTerm(binary)) {
                throw ErlangException.badarg("appending to a non-bitstring");
            }
            long have = Binaries.bitSize(binary);
            if (i.unit() > 1 && have % i.unit() != 0) {
                throw ErlangException.badarg("bitstring size not a multiple of the unit");
            }
            if (extra > BitSyntaxConstruction.MAX_BITS - have) {
                throw ErlangException.systemLimit("binary too large");
            }
            BitBuilder out = new BitBuilder(have + extra);
            out.putBitstring(binary, 0, have);
            m.write(i.target(), start(m, out));
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    /** Makes the term of {@code out}'s full size (its written bits, zeros after) and fills it from now on. */
    private static long start(Machine m, BitBuilder out) {
        long total = out.totalBits();
        long term = out.build(m.process.heap());
        m.construction = new UnderConstruction(out, Binaries.bytesAddress(term), total);
        return term;
    }

    /** A size operand's value: a non-negative small, a big one {@code system_limit}, else badarg. */
    private static long naturalSize(long size) {
        if (TermTags.isSmall(size) && TermTags.smallValue(size) >= 0) {
            return TermTags.smallValue(size);
        }
        if (Integers.isBignum(size) && !Integers.isNegativeBignum(size)) {
            throw ErlangException.systemLimit("binary size too large");
        }
        throw ErlangException.badarg("binary size not a non-negative integer");
    }

    private static long multiply(long size, int unit) {
        if (unit != 0 && size > BitSyntaxConstruction.MAX_BITS / unit) {
            throw ErlangException.systemLimit("binary size too large");
        }
        return size * unit;
    }

    private static int failed(int fail, ErlangException e) {
        if (fail == Instruction.RAISE) {
            throw e;
        }
        return fail;
    }
}

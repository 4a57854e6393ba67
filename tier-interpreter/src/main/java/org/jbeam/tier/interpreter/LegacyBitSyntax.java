package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.bits.BinaryUnderConstruction;
import org.jbeam.vm.bits.BitMatching;
import org.jbeam.vm.bits.LegacyConstruction;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * OTP 24's construction instructions ({@code bs_init2}, {@code bs_init_bits}, {@code bs_add},
 * {@code bs_put_*}, {@code bs_utf8_size}, {@code bs_utf16_size}, {@code bs_append},
 * {@code bs_private_append}): operands read from the registers, the semantics vm-api's
 * {@link LegacyConstruction}; the binary being filled is the Machine's {@code construction}, as
 * erts keeps it in the process's {@code erl_bin_state}.
 */
final class LegacyBitSyntax {
    private LegacyBitSyntax() {}

    static int initBinary(Machine m, BitSyntaxOps.InitBinary i, int pc) {
        try {
            BinaryUnderConstruction c = LegacyConstruction.init(m.process.heap(), m.read(i.size()), i.unit());
            m.construction = c;
            m.write(i.target(), c.term());
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    static int addSizes(Machine m, BitSyntaxOps.AddSizes i, int pc) {
        try {
            m.write(i.target(), LegacyConstruction.addSizes(m.read(i.first()), m.read(i.second()), i.unit()));
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    static int put(Machine m, BitSyntaxOps.Put i, int pc) {
        BitSyntaxOps.Segment s = i.segment();
        try {
            long value = s.value() == null ? TermTags.NON_VALUE : m.read(s.value());
            long size = s.size() == null ? BitMatching.ALL : m.read(s.size());
            LegacyConstruction.put(m.construction, s, value, size);
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    static int utfSize(Machine m, BitSyntaxOps.UtfSize i, int pc) {
        m.write(i.target(), LegacyConstruction.utfSize(m.read(i.value()), i.width()));
        return pc + 1;
    }

    static int append(Machine m, BitSyntaxOps.Append i, int pc) {
        try {
            BinaryUnderConstruction c = LegacyConstruction.append(m.process.heap(), m.read(i.size()), i.unit(),
                    m.read(i.binary()));
            m.construction = c;
            m.write(i.target(), c.term());
        } catch (ErlangException e) {
            return failed(i.fail(), e);
        }
        return pc + 1;
    }

    private static int failed(int fail, ErlangException e) {
        if (fail == Instruction.RAISE) {
            throw e;
        }
        return fail;
    }
}

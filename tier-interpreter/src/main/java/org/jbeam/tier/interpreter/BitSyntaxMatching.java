package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.bits.BitMatching;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * The bit-syntax match instructions: operands read from the registers, the semantics vm-api's
 * {@link BitMatching} (shared with the template JIT), a failure a jump to the fail label.
 */
final class BitSyntaxMatching {
    private BitSyntaxMatching() {}

    static int startMatch(Machine m, BitSyntaxOps.StartMatch i, int pc) {
        long state = BitMatching.startMatch(m.process.heap(), m.read(i.source()));
        if (state != TermTags.NON_VALUE) {
            m.write(i.target(), state);
        } else if (i.fail() == Instruction.RAISE) {
            throw ErlangException.badarg("bs_start_match of a non-binary");
        } else {
            return i.fail();
        }
        return pc + 1;
    }

    private static long state(Machine m, Source context) {
        return BitMatching.state(m.read(context));
    }

    /** A size operand's term: {@link BitMatching#ALL} for {@code all} (a null source). */
    private static long size(Machine m, Source size) {
        return size == null ? BitMatching.ALL : m.read(size);
    }

    static int getPosition(Machine m, BitSyntaxOps.GetPosition i, int pc) {
        m.write(i.target(), BitMatching.position(state(m, i.context())));
        return pc + 1;
    }

    static int setPosition(Machine m, BitSyntaxOps.SetPosition i, int pc) {
        long position = m.read(i.position());
        BitMatching.setPosition(state(m, i.context()), position);
        return pc + 1;
    }

    static int getTail(Machine m, BitSyntaxOps.GetTail i, int pc) {
        m.write(i.target(), BitMatching.tail(m.process.heap(), state(m, i.context())));
        return pc + 1;
    }

    static int testTail(Machine m, BitSyntaxOps.TestTail i, int pc) {
        return BitMatching.testTail(state(m, i.context()), i.bits()) ? pc + 1 : i.fail();
    }

    static int testUnit(Machine m, BitSyntaxOps.TestUnit i, int pc) {
        return BitMatching.testUnit(state(m, i.context()), i.unit()) ? pc + 1 : i.fail();
    }

    static int skipBits(Machine m, BitSyntaxOps.SkipBits i, int pc) {
        return BitMatching.skip(state(m, i.context()), size(m, i.size()), i.unit()) ? pc + 1 : i.fail();
    }

    static int getInteger(Machine m, BitSyntaxOps.GetInteger i, int pc) {
        return written(m, i.target(), BitMatching.getInteger(m.process.heap(), state(m, i.context()),
                size(m, i.size()), i.unit(), i.flags()), pc, i.fail());
    }

    static int getFloat(Machine m, BitSyntaxOps.GetFloat i, int pc) {
        return written(m, i.target(), BitMatching.getFloat(m.process.heap(), state(m, i.context()),
                size(m, i.size()), i.unit(), i.flags()), pc, i.fail());
    }

    static int getBinary(Machine m, BitSyntaxOps.GetBinary i, int pc) {
        return written(m, i.target(), BitMatching.getBinary(m.process.heap(), state(m, i.context()),
                size(m, i.size()), i.unit()), pc, i.fail());
    }

    static int getUtf(Machine m, BitSyntaxOps.GetUtf i, int pc) {
        long codePoint = BitMatching.getUtf(state(m, i.context()), i.width(), i.flags());
        if (codePoint == TermTags.NON_VALUE) {
            return i.fail();
        }
        if (i.target() != null) {
            m.write(i.target(), codePoint);
        }
        return pc + 1;
    }

    static int matchString(Machine m, BitSyntaxOps.MatchString i, int pc) {
        return BitMatching.matchString(state(m, i.context()), i.bits(), i.bytes()) ? pc + 1 : i.fail();
    }

    /** Writes a matched segment to its target, or jumps to the fail label when it did not match. */
    private static int written(Machine m, org.jbeam.tier.interpreter.instr.Target target, long result, int pc,
            int fail) {
        if (result == TermTags.NON_VALUE) {
            return fail;
        }
        m.write(target, result);
        return pc + 1;
    }
}

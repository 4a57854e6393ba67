package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * {@code bif} and {@code gc_bif} instructions (OTP's {@code instr_bif}/{@code instr_arith}):
 * the BIF's error either jumps to the fail label (in a guard) or propagates. Addition and
 * subtraction of two small integers are done inline; everything else calls the shared BIF.
 */
final class GuardBifs {
    private GuardBifs() {}

    static int call(Machine m, BifOps.CallGuardBif i, int pc) {
        Source[] sources = i.args();
        long[] args = m.process.bifArguments();
        for (int k = 0; k < sources.length; k++) {
            args[k] = m.read(sources[k]);
        }
        try {
            m.write(i.target(), i.bif().call(m.process, args));
            return pc + 1;
        } catch (ErlangException e) {
            return failOrRethrow(i.fail(), e);
        }
    }

    static int add(Machine m, BifOps.Add i, int pc) {
        long a = m.read(i.a());
        long b = m.read(i.b());
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            long sum = TermTags.smallValue(a) + TermTags.smallValue(b);
            if (TermTags.fitsSmall(sum)) {
                m.write(i.target(), TermTags.makeSmall(sum));
                return pc + 1;
            }
        }
        try {
            m.write(i.target(), Arithmetic.add(m.process.heap(), a, b));
            return pc + 1;
        } catch (ErlangException e) {
            return failOrRethrow(i.fail(), e);
        }
    }

    static int subtract(Machine m, BifOps.Subtract i, int pc) {
        long a = m.read(i.a());
        long b = m.read(i.b());
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            long difference = TermTags.smallValue(a) - TermTags.smallValue(b);
            if (TermTags.fitsSmall(difference)) {
                m.write(i.target(), TermTags.makeSmall(difference));
                return pc + 1;
            }
        }
        try {
            m.write(i.target(), Arithmetic.subtract(m.process.heap(), a, b));
            return pc + 1;
        } catch (ErlangException e) {
            return failOrRethrow(i.fail(), e);
        }
    }

    private static int failOrRethrow(int fail, ErlangException e) {
        if (fail == Instruction.RAISE) {
            throw e;
        }
        return fail;
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.ListSlices;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * {@code bif} and {@code gc_bif} instructions (OTP's {@code instr_bif}/{@code instr_arith}):
 * the BIF's error either jumps to the fail label (in a guard) or propagates. Addition and
 * subtraction of two small integers are done inline; {@code length/1} walks in its own two
 * instructions so that it can yield; everything else calls the shared BIF.
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
            long result = i.bif().call(m.process, args);
            if (result == Bif.TRAP) {
                throw new IllegalStateException(i.name() + " trapped where it was called as a guard BIF");
            }
            m.write(i.target(), result);
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

    /** {@code length/1}'s setup: the list, the rest to walk and the count so far above the live registers. */
    static int lengthSetup(Machine m, BifOps.LengthSetup i, int pc) {
        long list = m.read(i.list());
        ErlangProcess p = m.process;
        p.setX(i.live(), list);
        p.setX(i.live() + 1, list);
        p.setX(i.live() + 2, TermTags.makeSmall(0));
        return pc + 1;
    }

    /**
     * {@code length/1}'s walk, as far as the slice pays for: then it yields to itself with its
     * state in X registers (OTP's {@code i_length}), so a long list never holds the scheduler.
     */
    static int length(Machine m, BifOps.Length i, int pc) {
        long length;
        try {
            length = ListSlices.countFurther(m.process, i.live());
        } catch (ErlangException e) {
            return failOrRethrow(i.fail(), e);
        }
        if (length == TermTags.NON_VALUE) {
            return m.yieldAt(pc, i.live() + 3);
        }
        m.write(i.target(), length);
        return pc + 1;
    }

    private static int failOrRethrow(int fail, ErlangException e) {
        if (fail == Instruction.RAISE) {
            throw e;
        }
        return fail;
    }
}

package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.MoveOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.Target;

/** {@code move} and {@code swap}. */
final class Moves {
    private Moves() {}

    static int move(Machine m, MoveOps.Move i, int pc) {
        m.write(i.target(), m.read(i.source()));
        return pc + 1;
    }

    static int swap(Machine m, MoveOps.Swap i, int pc) {
        long a = readTarget(m, i.a());
        long b = readTarget(m, i.b());
        m.write(i.a(), b);
        m.write(i.b(), a);
        return pc + 1;
    }

    /** Registers are both sources and targets; swap names them as targets. */
    private static long readTarget(Machine m, Target register) {
        return m.read((Source) register);
    }
}

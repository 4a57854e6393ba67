package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.FloatOps;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Floats;

/**
 * Float-register instructions (OTP's {@code instr_float}). A result that is not finite raises
 * {@code badarith}, as BEAM checks after each float operation.
 */
final class FloatArithmetic {
    private FloatArithmetic() {}

    static int load(Machine m, FloatOps.FloatLoad i, int pc) {
        long term = m.read(i.source());
        if (!Floats.isFloat(term)) {
            throw ErlangException.badarith("fmove of a non-float");
        }
        m.process.setFloatRegister(i.target().index(), Floats.value(term));
        return pc + 1;
    }

    static int store(Machine m, FloatOps.FloatStore i, int pc) {
        m.write(i.target(), Floats.make(m.process.heap(), m.process.floatRegister(i.source().index())));
        return pc + 1;
    }

    static int copy(Machine m, FloatOps.FloatCopy i, int pc) {
        m.process.setFloatRegister(i.target().index(), m.process.floatRegister(i.source().index()));
        return pc + 1;
    }

    static int convert(Machine m, FloatOps.FloatConvert i, int pc) {
        m.process.setFloatRegister(i.target().index(), Arithmetic.toDouble(m.read(i.source())));
        return pc + 1;
    }

    static int add(Machine m, FloatOps.FloatAdd i, int pc) {
        return result(m, i.target().index(), value(m, i.a().index()) + value(m, i.b().index()), pc);
    }

    static int subtract(Machine m, FloatOps.FloatSubtract i, int pc) {
        return result(m, i.target().index(), value(m, i.a().index()) - value(m, i.b().index()), pc);
    }

    static int multiply(Machine m, FloatOps.FloatMultiply i, int pc) {
        return result(m, i.target().index(), value(m, i.a().index()) * value(m, i.b().index()), pc);
    }

    static int divide(Machine m, FloatOps.FloatDivide i, int pc) {
        return result(m, i.target().index(), value(m, i.a().index()) / value(m, i.b().index()), pc);
    }

    static int negate(Machine m, FloatOps.FloatNegate i, int pc) {
        return result(m, i.target().index(), -value(m, i.a().index()), pc);
    }

    private static double value(Machine m, int register) {
        return m.process.floatRegister(register);
    }

    private static int result(Machine m, int register, double value, int pc) {
        if (!Double.isFinite(value)) {
            throw ErlangException.badarith("float result out of range");
        }
        m.process.setFloatRegister(register, value);
        return pc + 1;
    }
}

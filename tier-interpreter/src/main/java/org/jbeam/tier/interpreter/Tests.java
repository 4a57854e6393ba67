package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.TestOps;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.bif.FunTests;
import org.jbeam.vm.bif.TypeTests;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Type tests, comparisons and selects. Comparisons of two small integers compare the tagged
 * words directly (the tag is the same low bits, so word order is value order); the rest goes
 * to the shared term order of {@code vm-api}.
 */
final class Tests {
    private Tests() {}

    private static int branch(boolean holds, int fail, int pc) {
        return holds ? pc + 1 : fail;
    }

    static int isInteger(Machine m, TestOps.IsInteger i, int pc) {
        return branch(Integers.isInteger(m.read(i.value())), i.fail(), pc);
    }

    static int isFloat(Machine m, TestOps.IsFloat i, int pc) {
        return branch(Floats.isFloat(m.read(i.value())), i.fail(), pc);
    }

    static int isNumber(Machine m, TestOps.IsNumber i, int pc) {
        return branch(Arithmetic.isNumber(m.read(i.value())), i.fail(), pc);
    }

    static int isAtom(Machine m, TestOps.IsAtom i, int pc) {
        return branch(TermTags.isAtom(m.read(i.value())), i.fail(), pc);
    }

    static int isBoolean(Machine m, TestOps.IsBoolean i, int pc) {
        long v = m.read(i.value());
        return branch(v == Atoms.TRUE || v == Atoms.FALSE, i.fail(), pc);
    }

    static int isTuple(Machine m, TestOps.IsTuple i, int pc) {
        return branch(Tuples.isTuple(m.read(i.value())), i.fail(), pc);
    }

    static int isList(Machine m, TestOps.IsList i, int pc) {
        long v = m.read(i.value());
        return branch(TermTags.isList(v) || v == TermTags.NIL, i.fail(), pc);
    }

    static int isNil(Machine m, TestOps.IsNil i, int pc) {
        return branch(m.read(i.value()) == TermTags.NIL, i.fail(), pc);
    }

    static int isNonemptyList(Machine m, TestOps.IsNonemptyList i, int pc) {
        return branch(TermTags.isList(m.read(i.value())), i.fail(), pc);
    }

    static int isPid(Machine m, TestOps.IsPid i, int pc) {
        return branch(TypeTests.isPid(m.read(i.value())), i.fail(), pc);
    }

    static int isPort(Machine m, TestOps.IsPort i, int pc) {
        return branch(TypeTests.isPort(m.read(i.value())), i.fail(), pc);
    }

    static int isReference(Machine m, TestOps.IsReference i, int pc) {
        return branch(TypeTests.isReference(m.read(i.value())), i.fail(), pc);
    }

    static int isBinary(Machine m, TestOps.IsBinary i, int pc) {
        return branch(TypeTests.isBinary(m.read(i.value())), i.fail(), pc);
    }

    static int isBitstr(Machine m, TestOps.IsBitstr i, int pc) {
        return branch(TypeTests.isBitstring(m.read(i.value())), i.fail(), pc);
    }

    static int isMap(Machine m, TestOps.IsMap i, int pc) {
        return branch(TypeTests.isMap(m.read(i.value())), i.fail(), pc);
    }

    static int isFunction(Machine m, TestOps.IsFunction i, int pc) {
        return branch(Funs.isFun(m.read(i.value())), i.fail(), pc);
    }

    static int isFunction2(Machine m, TestOps.IsFunction2 i, int pc) {
        return branch(FunTests.isFunction(m.read(i.value()), m.read(i.arity())), i.fail(), pc);
    }

    static int isEqExact(Machine m, TestOps.IsEqExact i, int pc) {
        return branch(exactEquals(m.read(i.a()), m.read(i.b())), i.fail(), pc);
    }

    static int isNeExact(Machine m, TestOps.IsNeExact i, int pc) {
        return branch(!exactEquals(m.read(i.a()), m.read(i.b())), i.fail(), pc);
    }

    static int isEq(Machine m, TestOps.IsEq i, int pc) {
        return branch(m.process.order().arithmeticEquals(m.read(i.a()), m.read(i.b())), i.fail(), pc);
    }

    static int isNe(Machine m, TestOps.IsNe i, int pc) {
        return branch(!m.process.order().arithmeticEquals(m.read(i.a()), m.read(i.b())), i.fail(), pc);
    }

    static int isLt(Machine m, TestOps.IsLt i, int pc) {
        return branch(compare(m, m.read(i.a()), m.read(i.b())) < 0, i.fail(), pc);
    }

    static int isGe(Machine m, TestOps.IsGe i, int pc) {
        return branch(compare(m, m.read(i.a()), m.read(i.b())) >= 0, i.fail(), pc);
    }

    static int testArity(Machine m, TestOps.TestArity i, int pc) {
        return branch(Tuples.arity(m.read(i.tuple())) == i.arity(), i.fail(), pc);
    }

    static int isTaggedTuple(Machine m, TestOps.IsTaggedTuple i, int pc) {
        long t = m.read(i.tuple());
        boolean holds = Tuples.isTuple(t) && Tuples.arity(t) == i.arity() && Tuples.element(t, 1) == i.tag();
        return branch(holds, i.fail(), pc);
    }

    static int selectVal(Machine m, TestOps.SelectVal i) {
        long v = m.read(i.value());
        long[] values = i.values();
        for (int k = 0; k < values.length; k++) {
            if (exactEquals(v, values[k])) {
                return i.targets()[k];
            }
        }
        return i.fail();
    }

    static int selectTupleArity(Machine m, TestOps.SelectTupleArity i) {
        long t = m.read(i.tuple());
        if (Tuples.isTuple(t)) {
            int arity = Tuples.arity(t);
            int[] arities = i.arities();
            for (int k = 0; k < arities.length; k++) {
                if (arities[k] == arity) {
                    return i.targets()[k];
                }
            }
        }
        return i.fail();
    }

    private static boolean exactEquals(long a, long b) {
        return a == b || (!TermTags.isImmediate(a) && !TermTags.isImmediate(b) && TermEquality.exactEquals(a, b));
    }

    private static int compare(Machine m, long a, long b) {
        if (TermTags.isSmall(a) && TermTags.isSmall(b)) {
            return Long.compare(a, b);
        }
        return m.process.order().compare(a, b);
    }
}

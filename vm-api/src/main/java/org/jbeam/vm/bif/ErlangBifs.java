package org.jbeam.vm.bif;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code erlang} module's arithmetic, comparison, type-test and basic list and tuple BIFs,
 * with OTP 25's {@code badarg}/{@code badarith} behaviour ({@code erl_bif_guard.c},
 * {@code bif.c}, {@code erl_arith.c}).
 */
final class ErlangBifs {
    private ErlangBifs() {}

    static void register(BifTable t) {
        registerArithmetic(t);
        registerComparisons(t);
        registerTypeTests(t);
        registerDataBifs(t);
        registerNumberConversions(t);
        registerExceptions(t);
    }

    private static void registerExceptions(BifTable t) {
        t.register("erlang", "throw", 1, (p, a) -> {
            throw new ErlangException(ErlangException.Kind.THROW, a[0], "throw");
        });
        t.register("erlang", "exit", 1, (p, a) -> {
            throw new ErlangException(ErlangException.Kind.EXIT, a[0], "exit");
        });
        t.register("erlang", "error", 1, (p, a) -> {
            throw ErlangException.error(a[0], "error");
        });
        t.register("erlang", "error", 2, (p, a) -> {
            throw ErlangException.error(a[0], "error");
        });
        // The body of a NIF stub whose NIF jbeam does not provide.
        t.register("erlang", "nif_error", 1, (p, a) -> {
            throw ErlangException.error(a[0], "a NIF jbeam does not provide");
        });
        t.register("erlang", "nif_error", 2, (p, a) -> {
            throw ErlangException.error(a[0], "a NIF jbeam does not provide");
        });
    }

    private static void registerArithmetic(BifTable t) {
        t.register("erlang", "+", 2, (p, a) -> Arithmetic.add(p.heap(), a[0], a[1]));
        t.register("erlang", "-", 2, (p, a) -> Arithmetic.subtract(p.heap(), a[0], a[1]));
        t.register("erlang", "*", 2, (p, a) -> Arithmetic.multiply(p.heap(), a[0], a[1]));
        t.register("erlang", "/", 2, (p, a) -> Arithmetic.divide(p.heap(), a[0], a[1]));
        t.register("erlang", "div", 2, (p, a) -> Arithmetic.intDiv(p.heap(), a[0], a[1]));
        t.register("erlang", "rem", 2, (p, a) -> Arithmetic.rem(p.heap(), a[0], a[1]));
        t.register("erlang", "band", 2, (p, a) -> Arithmetic.band(p.heap(), a[0], a[1]));
        t.register("erlang", "bor", 2, (p, a) -> Arithmetic.bor(p.heap(), a[0], a[1]));
        t.register("erlang", "bxor", 2, (p, a) -> Arithmetic.bxor(p.heap(), a[0], a[1]));
        t.register("erlang", "bsl", 2, (p, a) -> Arithmetic.bsl(p.heap(), a[0], a[1]));
        t.register("erlang", "bsr", 2, (p, a) -> Arithmetic.bsr(p.heap(), a[0], a[1]));
        t.register("erlang", "bnot", 1, (p, a) -> Arithmetic.bnot(p.heap(), a[0]));
        t.register("erlang", "-", 1, (p, a) -> Arithmetic.negate(p.heap(), a[0]));
        t.register("erlang", "+", 1, (p, a) -> Arithmetic.plus(a[0]));
    }

    private static void registerComparisons(BifTable t) {
        t.register("erlang", "=:=", 2, (p, a) -> Atoms.bool(p.order().exactEquals(a[0], a[1])));
        t.register("erlang", "=/=", 2, (p, a) -> Atoms.bool(!p.order().exactEquals(a[0], a[1])));
        t.register("erlang", "==", 2, (p, a) -> Atoms.bool(p.order().arithmeticEquals(a[0], a[1])));
        t.register("erlang", "/=", 2, (p, a) -> Atoms.bool(!p.order().arithmeticEquals(a[0], a[1])));
        t.register("erlang", "<", 2, (p, a) -> Atoms.bool(p.order().compare(a[0], a[1]) < 0));
        t.register("erlang", ">", 2, (p, a) -> Atoms.bool(p.order().compare(a[0], a[1]) > 0));
        t.register("erlang", "=<", 2, (p, a) -> Atoms.bool(p.order().compare(a[0], a[1]) <= 0));
        t.register("erlang", ">=", 2, (p, a) -> Atoms.bool(p.order().compare(a[0], a[1]) >= 0));
        t.register("erlang", "not", 1, (p, a) -> Atoms.bool(!bool(a[0])));
        t.register("erlang", "and", 2, (p, a) -> Atoms.bool(bool(a[0]) & bool(a[1])));
        t.register("erlang", "or", 2, (p, a) -> Atoms.bool(bool(a[0]) | bool(a[1])));
        t.register("erlang", "xor", 2, (p, a) -> Atoms.bool(bool(a[0]) ^ bool(a[1])));
    }

    private static void registerTypeTests(BifTable t) {
        t.register("erlang", "is_integer", 1, (p, a) -> Atoms.bool(Integers.isInteger(a[0])));
        t.register("erlang", "is_float", 1, (p, a) -> Atoms.bool(Floats.isFloat(a[0])));
        t.register("erlang", "is_number", 1, (p, a) -> Atoms.bool(Arithmetic.isNumber(a[0])));
        t.register("erlang", "is_atom", 1, (p, a) -> Atoms.bool(TermTags.isAtom(a[0])));
        t.register("erlang", "is_tuple", 1, (p, a) -> Atoms.bool(Tuples.isTuple(a[0])));
        t.register("erlang", "is_list", 1, (p, a) -> Atoms.bool(TermTags.isList(a[0]) || a[0] == TermTags.NIL));
        t.register("erlang", "is_pid", 1, (p, a) -> Atoms.bool(TypeTests.isPid(a[0])));
        t.register("erlang", "is_port", 1, (p, a) -> Atoms.bool(TypeTests.isPort(a[0])));
        t.register("erlang", "is_reference", 1, (p, a) -> Atoms.bool(TypeTests.isReference(a[0])));
        t.register("erlang", "is_binary", 1, (p, a) -> Atoms.bool(TypeTests.isBinary(a[0])));
        t.register("erlang", "is_bitstring", 1, (p, a) -> Atoms.bool(TypeTests.isBitstring(a[0])));
        t.register("erlang", "is_map", 1, (p, a) -> Atoms.bool(TypeTests.isMap(a[0])));
        t.register("erlang", "is_function", 1, (p, a) -> Atoms.bool(Funs.isFun(a[0])));
        t.register("erlang", "is_function", 2, (p, a) -> Atoms.bool(FunTests.isFunction(a[0], a[1])));
        t.register("erlang", "is_boolean", 1, (p, a) -> Atoms.bool(a[0] == Atoms.TRUE || a[0] == Atoms.FALSE));
    }

    private static void registerDataBifs(BifTable t) {
        t.register("erlang", "hd", 1, (p, a) -> {
            requireArg(TermTags.isList(a[0]));
            return Lists.head(a[0]);
        });
        t.register("erlang", "tl", 1, (p, a) -> {
            requireArg(TermTags.isList(a[0]));
            return Lists.tail(a[0]);
        });
        t.register("erlang", "tuple_size", 1, (p, a) -> {
            requireArg(Tuples.isTuple(a[0]));
            return TermTags.makeSmall(Tuples.arity(a[0]));
        });
        t.register("erlang", "element", 2, (p, a) -> Tuples.element(a[1], tupleIndex(a[0], a[1])));
        // is_record/2,3 with a tag (and size) known only at run time: erlc leaves these as BIF calls.
        t.register("erlang", "is_record", 2, (p, a) -> {
            requireArg(TermTags.isAtom(a[1]));
            return Atoms.bool(Tuples.isTuple(a[0]) && Tuples.arity(a[0]) > 0 && Tuples.element(a[0], 1) == a[1]);
        });
        t.register("erlang", "is_record", 3, (p, a) -> {
            requireArg(TermTags.isAtom(a[1]) && TermTags.isSmall(a[2]));
            return Atoms.bool(Tuples.isTuple(a[0]) && Tuples.arity(a[0]) == TermTags.smallValue(a[2])
                    && Tuples.arity(a[0]) > 0
                    && Tuples.element(a[0], 1) == a[1]);
        });
        t.register("erlang", "setelement", 3, (p, a) -> setElement(p.heap(), a[0], a[1], a[2]));
    }

    private static void registerNumberConversions(BifTable t) {
        t.register("erlang", "abs", 1, (p, a) -> abs(p.heap(), a[0]));
        t.register("erlang", "float", 1, (p, a) -> toFloat(p.heap(), a[0]));
        t.register("erlang", "trunc", 1, (p, a) -> round(p, a[0], RoundingMode.DOWN));
        t.register("erlang", "round", 1, (p, a) -> round(p, a[0], RoundingMode.HALF_UP));
        t.register("erlang", "floor", 1, (p, a) -> round(p, a[0], RoundingMode.FLOOR));
        t.register("erlang", "ceil", 1, (p, a) -> round(p, a[0], RoundingMode.CEILING));
    }

    private static boolean bool(long term) {
        if (term == Atoms.TRUE) {
            return true;
        }
        if (term == Atoms.FALSE) {
            return false;
        }
        throw ErlangException.badarg("not a boolean");
    }

    private static void requireArg(boolean ok) {
        if (!ok) {
            throw ErlangException.badarg("bad argument");
        }
    }

    /** The 1-based index {@code element/2} and {@code setelement/3} accept; else {@code badarg}. */
    private static int tupleIndex(long index, long tuple) {
        requireArg(TermTags.isSmall(index) && Tuples.isTuple(tuple));
        long i = TermTags.smallValue(index);
        requireArg(i >= 1 && i <= Tuples.arity(tuple));
        return (int) i;
    }

    private static long setElement(HeapAllocator heap, long index, long tuple, long value) {
        int i = tupleIndex(index, tuple);
        int arity = Tuples.arity(tuple);
        long copy = Tuples.allocate(heap, arity);
        for (int k = 1; k <= arity; k++) {
            Tuples.setElement(copy, k, k == i ? value : Tuples.element(tuple, k));
        }
        return copy;
    }

    private static long abs(HeapAllocator heap, long number) {
        if (TermTags.isSmall(number)) {
            return Integers.fromLong(heap, Math.abs(TermTags.smallValue(number)));
        }
        if (Integers.isBignum(number)) {
            return Integers.isNegativeBignum(number) ? Integers.fromBigInteger(heap, Arithmetic.big(number).negate())
                    : number;
        }
        if (Floats.isFloat(number)) {
            // OTP negates only values below zero, so abs(-0.0) stays -0.0.
            double value = Floats.value(number);
            return value < 0 ? Floats.make(heap, -value) : number;
        }
        throw ErlangException.badarg("abs of a non-number");
    }

    private static long toFloat(HeapAllocator heap, long number) {
        if (Floats.isFloat(number)) {
            return number;
        }
        requireArg(Integers.isInteger(number));
        double value = Arithmetic.big(number).doubleValue();
        requireArg(Double.isFinite(value));
        return Floats.make(heap, value);
    }

    /** {@code trunc/1} and {@code round/1} (halves away from zero); integers pass unchanged. */
    private static long round(ErlangProcess process, long number, RoundingMode mode) {
        if (Integers.isInteger(number)) {
            return number;
        }
        requireArg(Floats.isFloat(number));
        BigInteger whole = new BigDecimal(Floats.value(number)).setScale(0, mode).toBigIntegerExact();
        return Integers.fromBigInteger(process.heap(), whole);
    }
}

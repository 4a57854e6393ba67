package org.jbeam.vm.beam;

import java.math.BigInteger;
import java.util.List;

/**
 * One operand of a generic instruction, decoded from the compact term encoding (OTP's
 * {@code beam_asm:encode/2}, read back by {@code beam_disasm:decode_arg/4} and
 * {@code beam_file.c}). Each kind of operand is its own record so that code handling
 * instructions switches over the kinds exhaustively instead of testing a raw tag.
 *
 * <p>Indices are as the file writes them: atoms count from 1 (atom 0 is {@link Nil}),
 * labels from 1 (label 0 means "no failure label"), literals, imports and lambdas from 0.
 */
public sealed interface Operand {

    /** Tag {@code u}: an unsigned number (arity, live count, size, table index). */
    record Unsigned(long value) implements Operand {}

    /** Tag {@code i} when the value fits in 64 bits. */
    record IntegerValue(long value) implements Operand {}

    /** Tag {@code i} when the value needs more than 64 bits. */
    record BigIntegerValue(BigInteger value) implements Operand {}

    /** Tag {@code a} with a non-zero index into the module's atom table. */
    record Atom(int index) implements Operand {}

    /** Tag {@code a} with index 0: the empty list. */
    record Nil() implements Operand {}

    /** Tag {@code x}. */
    record XRegister(int index) implements Register {}

    /** Tag {@code y}. */
    record YRegister(int index) implements Register {}

    /** Extended tag 2: a floating-point register. */
    record FloatRegister(int index) implements Operand {}

    /** Tag {@code f}: a label number; 0 means no label. */
    record Label(int number) implements Operand {}

    /** Tag {@code h}: a character code. */
    record Character(int codePoint) implements Operand {}

    /** Extended tag 0: an inline float (written by compilers before OTP R16). */
    record FloatValue(double value) implements Operand {}

    /** Extended tag 1: a list of operands (select lists, map keys, segments). */
    record OperandList(List<Operand> elements) implements Operand {
        public OperandList {
            elements = List.copyOf(elements);
        }
    }

    /** Extended tag 3: a heap allocation list (words, floats and funs to reserve). */
    record AllocationList(long words, long floats, long funs) implements Operand {}

    /** Extended tag 4: an index into the literal table. */
    record Literal(int index) implements Operand {}

    /** Extended tag 5 (OTP 25): a register annotated with an index into the type table. */
    record TypedRegister(Register register, int typeIndex) implements Operand {}

    /** An X or Y register, the only operands a {@link TypedRegister} wraps. */
    sealed interface Register extends Operand permits XRegister, YRegister {}
}

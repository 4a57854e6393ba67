package org.jbeam.tier.interpreter.loader;

import java.util.List;
import java.util.function.IntUnaryOperator;

import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.FloatReg;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.Target;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.tier.interpreter.instr.YReg;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.ResolvedImport;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * Turns the generic operands of one module into the interpreter's typed operands: registers
 * stay registers (type annotations dropped), atoms, integers, floats and literals become
 * {@link Constant} terms (bignums and floats built in the module's literal area), labels
 * become instruction indices.
 *
 * <p>Operands reach here validated by the loader, so a kind mismatch is a bug in a rule and
 * fails with an {@link IllegalStateException} naming the operand.
 */
public final class OperandDecoder {
    private final long[] atoms;
    private final long[] literals;
    private final List<ResolvedImport> imports;
    private final HeapAllocator literalArea;
    private final IntUnaryOperator labelTargets;

    /**
     * @param labelTargets label number to instruction index in the pre-decoded code
     */
    public OperandDecoder(long[] atoms, long[] literals, List<ResolvedImport> imports, HeapAllocator literalArea,
            IntUnaryOperator labelTargets) {
        this.atoms = atoms;
        this.literals = literals;
        this.imports = imports;
        this.literalArea = literalArea;
        this.labelTargets = labelTargets;
    }

    public Source source(Operand operand) {
        return switch (operand) {
            case Operand.XRegister x -> new XReg(x.index());
            case Operand.YRegister y -> new YReg(y.index());
            case Operand.TypedRegister t -> source(t.register());
            default -> new Constant(term(operand));
        };
    }

    public Target target(Operand operand) {
        return switch (operand) {
            case Operand.XRegister x -> new XReg(x.index());
            case Operand.YRegister y -> new YReg(y.index());
            case Operand.TypedRegister t -> target(t.register());
            default -> throw mismatch("a register", operand);
        };
    }

    public boolean isFloatRegister(Operand operand) {
        return operand instanceof Operand.FloatRegister;
    }

    public FloatReg floatRegister(Operand operand) {
        if (operand instanceof Operand.FloatRegister f) {
            return new FloatReg(f.index());
        }
        throw mismatch("a float register", operand);
    }

    /** The term a constant operand stands for. */
    public long term(Operand operand) {
        return switch (operand) {
            case Operand.Atom a -> atoms[a.index()];
            case Operand.Nil n -> TermTags.NIL;
            case Operand.IntegerValue i -> Integers.fromLong(literalArea, i.value());
            case Operand.BigIntegerValue b -> Integers.fromBigInteger(literalArea, b.value());
            case Operand.Character c -> TermTags.makeSmall(c.codePoint());
            case Operand.FloatValue f -> Floats.make(literalArea, f.value());
            case Operand.Literal l -> literals[l.index()];
            default -> throw mismatch("a constant", operand);
        };
    }

    /** An unsigned count or index operand. */
    public int unsigned(Operand operand) {
        return switch (operand) {
            case Operand.Unsigned u -> Math.toIntExact(u.value());
            case Operand.IntegerValue i -> Math.toIntExact(i.value());
            default -> throw mismatch("a number", operand);
        };
    }

    /** A jump target; label 0 (no label) is {@link Instruction#RAISE}. */
    public int label(Operand operand) {
        if (operand instanceof Operand.Label l) {
            return l.number() == 0 ? Instruction.RAISE : labelTargets.applyAsInt(l.number());
        }
        throw mismatch("a label", operand);
    }

    public ResolvedImport importEntry(Operand operand) {
        return imports.get(unsigned(operand));
    }

    public List<Operand> list(Operand operand) {
        if (operand instanceof Operand.OperandList l) {
            return l.elements();
        }
        throw mismatch("a list", operand);
    }

    private static IllegalStateException mismatch(String expected, Operand operand) {
        return new IllegalStateException("expected " + expected + " operand, got " + operand);
    }
}

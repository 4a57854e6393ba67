package org.jbeam.tier.interpreter.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.BitSyntaxOps.Segment;
import org.jbeam.vm.bits.SegmentType;
import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.tier.interpreter.instr.YReg;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bit-syntax rewrite rules as "instructions in, instructions out", operands as OTP 25's erlc writes them. */
class BitSyntaxRulesTest {
    private static final int ALL = 1;
    private static final int NO_FAIL = 2;
    private static final int INTEGER = 3;
    private static final int BINARY = 4;
    private static final int STRING = 5;
    private static final int UTF16 = 6;
    private static final int UNDEFINED = 7;
    private static final int APPEND = 8;
    private static final int FLOAT = 9;

    private final AtomTable atoms = new AtomTable();
    private final HeapFragments area = new HeapFragments();
    private final long[] moduleAtoms = {TermTags.NIL, atoms.atom("all"), atoms.atom("no_fail"), atoms.atom("integer"),
        atoms.atom("binary"), atoms.atom("string"), atoms.atom("utf16"), atoms.atom("undefined"),
        atoms.atom("append"), atoms.atom("float")};
    /** Literal 0 is the flag list {@code [little, signed]}. */
    private final long[] literals = {Lists.of(area, atoms.atom("little"), atoms.atom("signed"))};
    /** Label N resolves to instruction index 100 + N. */
    private final RuleContext context = new RuleContext(
            new OperandDecoder(moduleAtoms, literals, List.of(), area, label -> 100 + label),
            BifTable.standard(atoms), atoms, handler -> TermTags.makeCatch(handler), List.of(),
            "bcGET xyz".getBytes(StandardCharsets.US_ASCII));
    private final RewriteRules rules = RewriteRules.standard();

    @AfterEach
    void free() {
        area.close();
    }

    private Instruction one(GenericOp op, Operand... operands) {
        List<Instruction> out = rules.rewrite(new GenericInstruction(op, List.of(operands), 0), context);
        assertEquals(1, out.size(), () -> op + " makes one instruction: " + out);
        return out.getFirst();
    }

    private static Operand.Label label(int n) {
        return new Operand.Label(n);
    }

    private static Operand.Unsigned u(long n) {
        return new Operand.Unsigned(n);
    }

    private static Operand.XRegister x(int n) {
        return new Operand.XRegister(n);
    }

    private static Operand.Atom atom(int index) {
        return new Operand.Atom(index);
    }

    @Test
    void startMatchKeepsItsFailLabelAndNoFailRaises() {
        assertEquals(new BitSyntaxOps.StartMatch(105, new XReg(0), new XReg(1)),
                one(GenericOp.BS_START_MATCH3, label(5), x(0), u(1), x(1)));
        assertEquals(new BitSyntaxOps.StartMatch(Instruction.RAISE, new XReg(0), new XReg(2)),
                one(GenericOp.BS_START_MATCH4, atom(NO_FAIL), u(1), x(0), x(2)));
        assertEquals(new BitSyntaxOps.StartMatch(103, new YReg(0), new XReg(2)),
                one(GenericOp.BS_START_MATCH4, label(3), u(1), new Operand.YRegister(0), x(2)));
    }

    @Test
    void positionsAndTailsDropTheLiveCount() {
        assertEquals(new BitSyntaxOps.GetPosition(new XReg(0), new XReg(1)),
                one(GenericOp.BS_GET_POSITION, x(0), x(1), u(2)));
        assertEquals(new BitSyntaxOps.SetPosition(new XReg(0), new XReg(1)),
                one(GenericOp.BS_SET_POSITION, x(0), x(1)));
        assertEquals(new BitSyntaxOps.GetTail(new XReg(1), new XReg(0)), one(GenericOp.BS_GET_TAIL, x(1), x(0), u(2)));
        assertEquals(new BitSyntaxOps.TestTail(107, new XReg(1), 0),
                one(GenericOp.BS_TEST_TAIL2, label(7), x(1), u(0)));
        assertEquals(new BitSyntaxOps.TestUnit(107, new XReg(1), 8), one(GenericOp.BS_TEST_UNIT, label(7), x(1), u(8)));
    }

    @Test
    void getInstructionsKeepSizeUnitAndFlagsAndAllBecomesNull() {
        assertEquals(new BitSyntaxOps.GetInteger(103, new XReg(0), new Constant(TermTags.makeSmall(7)), 1, 6,
                new XReg(2)), one(GenericOp.BS_GET_INTEGER2, label(3), x(0), u(2), new Operand.IntegerValue(7), u(1),
                u(6), x(2)));
        BitSyntaxOps.GetBinary all = assertInstanceOf(BitSyntaxOps.GetBinary.class, one(GenericOp.BS_GET_BINARY2,
                label(3), x(0), u(4), atom(ALL), u(8), u(0), x(4)));
        assertNull(all.size());
        assertEquals(8, all.unit());
        assertEquals(new BitSyntaxOps.GetFloat(103, new XReg(0), new XReg(5), 16, 2, new XReg(3)),
                one(GenericOp.BS_GET_FLOAT2, label(3), x(0), u(3), x(5), u(16), u(2), x(3)));
        assertEquals(new BitSyntaxOps.SkipBits(105, new XReg(0), new Constant(TermTags.makeSmall(2)), 3),
                one(GenericOp.BS_SKIP_BITS2, label(5), x(0), new Operand.IntegerValue(2), u(3), u(0)));
    }

    @Test
    void utfGetsAndSkipsShareOneInstruction() {
        assertEquals(new BitSyntaxOps.GetUtf(105, new XReg(0), 16, 2, new XReg(2)),
                one(GenericOp.BS_GET_UTF16, label(5), x(0), u(2), u(2), x(2)));
        assertEquals(new BitSyntaxOps.GetUtf(105, new XReg(0), 8, 0, null),
                one(GenericOp.BS_SKIP_UTF8, label(5), x(0), u(4), u(0)));
    }

    @Test
    void matchStringTakesItsBytesFromTheStringTable() {
        BitSyntaxOps.MatchString match = assertInstanceOf(BitSyntaxOps.MatchString.class,
                one(GenericOp.BS_MATCH_STRING, label(4), x(0), u(16), u(0)));
        assertEquals(16, match.bits());
        assertArrayEquals("bc".getBytes(StandardCharsets.US_ASCII), match.bytes());
        BitSyntaxOps.MatchString partial = assertInstanceOf(BitSyntaxOps.MatchString.class,
                one(GenericOp.BS_MATCH_STRING, label(4), x(0), u(12), u(2)));
        assertArrayEquals("GE".getBytes(StandardCharsets.US_ASCII), partial.bytes());
    }

    @Test
    void createBinTurnsItsFlatListIntoSegments() {
        List<Operand> list = List.of(
                atom(INTEGER), u(1), u(1), new Operand.Literal(0), x(0), new Operand.IntegerValue(12),
                atom(STRING), u(2), u(8), new Operand.Nil(), u(2), new Operand.IntegerValue(4),
                atom(UTF16), u(3), u(0), new Operand.Nil(), x(1), atom(UNDEFINED),
                atom(BINARY), u(4), u(8), new Operand.Nil(), x(2), atom(ALL),
                atom(FLOAT), u(5), u(1), new Operand.Nil(), x(3), new Operand.IntegerValue(64));
        BitSyntaxOps.CreateBin create = assertInstanceOf(BitSyntaxOps.CreateBin.class, one(GenericOp.BS_CREATE_BIN,
                label(0), u(0), u(3), u(1), x(0), new Operand.OperandList(list)));
        assertEquals(Instruction.RAISE, create.fail());
        assertEquals(new XReg(0), create.target());
        Segment[] s = create.segments();
        assertEquals(5, s.length);
        assertEquals(new Segment(SegmentType.INTEGER, 1, BitSyntaxOps.LITTLE | BitSyntaxOps.SIGNED, new XReg(0),
                new Constant(TermTags.makeSmall(12)), null, 1), s[0]);
        assertEquals(SegmentType.STRING, s[1].type());
        assertArrayEquals("GET ".getBytes(StandardCharsets.US_ASCII), s[1].bytes());
        assertEquals(new Segment(SegmentType.UTF16, 0, 0, new XReg(1), null, null, 3), s[2]);
        assertEquals(new Segment(SegmentType.BINARY, 8, 0, new XReg(2), null, null, 4), s[3]);
        assertEquals(SegmentType.FLOAT, s[4].type());
    }

    @Test
    void appendSegmentsAndWritableInitLoad() {
        List<Operand> list = List.of(atom(APPEND), u(1), u(8), new Operand.Nil(), x(1), atom(ALL),
                atom(INTEGER), u(2), u(1), new Operand.Nil(), x(2), new Operand.IntegerValue(8));
        BitSyntaxOps.CreateBin create = assertInstanceOf(BitSyntaxOps.CreateBin.class, one(GenericOp.BS_CREATE_BIN,
                label(9), u(0), u(3), u(8), x(1), new Operand.OperandList(list)));
        assertEquals(109, create.fail());
        assertEquals(SegmentType.APPEND, create.segments()[0].type());
        assertNull(create.segments()[0].size());
        assertEquals(new BitSyntaxOps.InitWritable(), one(GenericOp.BS_INIT_WRITABLE));
    }

    @Test
    void anUnknownSegmentTypeLoadsAsNotImplemented() {
        List<Operand> list = List.of(atom(NO_FAIL), u(1), u(8), new Operand.Nil(), x(1), atom(ALL));
        assertInstanceOf(ErrorOps.NotImplemented.class, one(GenericOp.BS_CREATE_BIN, label(0), u(0), u(3), u(8), x(1),
                new Operand.OperandList(list)));
    }
}

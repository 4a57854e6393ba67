package org.jbeam.tier.interpreter.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.ExceptionOps;
import org.jbeam.tier.interpreter.instr.FloatOps;
import org.jbeam.tier.interpreter.instr.FloatReg;
import org.jbeam.tier.interpreter.instr.FrameOps;
import org.jbeam.tier.interpreter.instr.HeapOps;
import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.MapOps;
import org.jbeam.tier.interpreter.instr.MoveOps;
import org.jbeam.tier.interpreter.instr.TestOps;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.tier.interpreter.instr.YReg;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.ResolvedImport;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Loader rewrite rules as "instructions in, instructions out". */
class RewriteRulesTest {
    private static final long EXPORT_ENTRY = 0x1000;

    private final AtomTable atoms = new AtomTable();
    private final HeapFragments area = new HeapFragments();
    private final long[] moduleAtoms = {TermTags.NIL, atoms.atom("ok"), atoms.atom("point")};
    private final List<ResolvedImport> imports = List.of(
            new ResolvedImport("erlang", "+", 2, EXPORT_ENTRY),
            new ResolvedImport("erlang", "element", 2, EXPORT_ENTRY + 1),
            new ResolvedImport("other", "f", 1, EXPORT_ENTRY + 2),
            new ResolvedImport("erlang", "length", 1, EXPORT_ENTRY + 3),
            new ResolvedImport("erlang", "no_such_bif", 1, EXPORT_ENTRY + 4));
    /** Label N resolves to instruction index 100 + N. */
    private final RuleContext context = new RuleContext(
            new OperandDecoder(moduleAtoms, new long[0], imports, area, label -> 100 + label),
            BifTable.standard(atoms), atoms, handler -> TermTags.makeCatch(handler),
            List.of(), "abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private final RewriteRules rules = RewriteRules.standard();

    @AfterEach
    void free() {
        area.close();
    }

    private List<Instruction> rewrite(GenericOp op, Operand... operands) {
        return rules.rewrite(new GenericInstruction(op, List.of(operands), 0), context);
    }

    private Instruction one(GenericOp op, Operand... operands) {
        List<Instruction> out = rewrite(op, operands);
        assertEquals(1, out.size(), () -> op + " makes one instruction: " + out);
        return out.getFirst();
    }

    private static Operand.Label label(int n) {
        return new Operand.Label(n);
    }

    private static Operand.Unsigned u(long n) {
        return new Operand.Unsigned(n);
    }

    @Test
    void labelsAndLinesMakeNothing() {
        assertEquals(List.of(), rewrite(GenericOp.LABEL, u(3)));
        assertEquals(List.of(), rewrite(GenericOp.LINE, u(1)));
    }

    @Test
    void heapNeedsBecomeCollectionPointsWithTheirLiveCount() {
        assertEquals(new HeapOps.TestHeap(4, 2), one(GenericOp.TEST_HEAP, new Operand.AllocationList(2, 1, 0), u(2)));
        assertEquals(new HeapOps.TestHeap(7, 3), one(GenericOp.TEST_HEAP, u(7), u(3)));
        // The heap test first: a collection must not see the new frame's Y slots before they are written.
        assertEquals(List.of(new HeapOps.TestHeap(10, 1), new FrameOps.AllocateZero(2)),
                rewrite(GenericOp.ALLOCATE_HEAP_ZERO, u(2), u(10), u(1)));
        assertEquals(List.of(new HeapOps.TestHeap(5, 0), new FrameOps.Allocate(3)),
                rewrite(GenericOp.ALLOCATE_HEAP, u(3), u(5), u(0)));
        assertEquals(List.of(new BifOps.Add(Instruction.RAISE, new XReg(0), new Constant(TermTags.makeSmall(1)),
                new XReg(1)), new HeapOps.GcAfterResult(2, new XReg(1))),
                rewrite(GenericOp.GC_BIF2, label(0), u(2), u(0), new Operand.XRegister(0), new Operand.IntegerValue(1),
                        new Operand.XRegister(1)));
    }

    @Test
    void movesDropTypeAnnotationsAndResolveConstants() {
        assertEquals(new MoveOps.Move(new XReg(3), new YReg(1)),
                one(GenericOp.MOVE, new Operand.TypedRegister(new Operand.XRegister(3), 2), new Operand.YRegister(1)));
        assertEquals(new MoveOps.Move(new Constant(moduleAtoms[1]), new XReg(0)),
                one(GenericOp.MOVE, new Operand.Atom(1), new Operand.XRegister(0)));
        assertEquals(new MoveOps.Move(new Constant(TermTags.makeSmall(-5)), new XReg(0)),
                one(GenericOp.MOVE, new Operand.IntegerValue(-5), new Operand.XRegister(0)));
        MoveOps.Move big = (MoveOps.Move) one(GenericOp.MOVE, new Operand.IntegerValue(1L << 62),
                new Operand.XRegister(0));
        assertEquals(java.math.BigInteger.ONE.shiftLeft(62), Integers.toBigInteger(((Constant) big.source()).term()));
    }

    @Test
    void callsResolveLabelsAndFrames() {
        assertEquals(new CallOps.Call(2, 107), one(GenericOp.CALL, u(2), label(7)));
        assertEquals(new CallOps.CallLast(1, 104, 3), one(GenericOp.CALL_LAST, u(1), label(4), u(3)));
        assertEquals(new FrameOps.AllocateZero(2), one(GenericOp.ALLOCATE_ZERO, u(2), u(1)));
    }

    @Test
    void externalCallsOfBifsCallJavaAndOthersGoThroughTheExportEntry() {
        assertEquals(new CallOps.CallExt(1, EXPORT_ENTRY + 2), one(GenericOp.CALL_EXT, u(1), u(2)));
        assertEquals(new CallOps.CallExtOnly(1, EXPORT_ENTRY + 2), one(GenericOp.CALL_EXT_ONLY, u(1), u(2)));
        assertEquals(new CallOps.CallExtLast(1, EXPORT_ENTRY + 2, 4), one(GenericOp.CALL_EXT_LAST, u(1), u(2), u(4)));
        CallOps.CallBifReturn bif = assertInstanceOf(CallOps.CallBifReturn.class,
                one(GenericOp.CALL_EXT_LAST, u(1), u(3), u(2)));
        assertEquals("erlang:length/1", bif.name());
        assertEquals(2, bif.deallocate());
    }

    @Test
    void guardBifsSpecialiseAdditionAndRaiseWithoutAFailLabel() {
        assertEquals(new BifOps.Add(Instruction.RAISE, new XReg(0), new Constant(TermTags.makeSmall(1)), new XReg(1)),
                rewrite(GenericOp.GC_BIF2, label(0), u(2), u(0), new Operand.XRegister(0), new Operand.IntegerValue(1),
                        new Operand.XRegister(1)).getFirst());
        BifOps.CallGuardBif element = assertInstanceOf(BifOps.CallGuardBif.class, one(GenericOp.BIF2, label(5), u(1),
                new Operand.IntegerValue(2), new Operand.XRegister(0), new Operand.XRegister(1)));
        assertEquals(105, element.fail());
        assertEquals("erlang:element/2", element.name());
        assertInstanceOf(ErrorOps.NotImplemented.class,
                one(GenericOp.BIF1, label(5), u(4), new Operand.XRegister(0), new Operand.XRegister(1)));
    }

    @Test
    void selectsKeepTheirTablesInOrder() {
        TestOps.SelectVal select = assertInstanceOf(TestOps.SelectVal.class, one(GenericOp.SELECT_VAL,
                new Operand.XRegister(0), label(9), new Operand.OperandList(List.of(new Operand.IntegerValue(0),
                        label(3), new Operand.Atom(1), label(4)))));
        assertEquals(109, select.fail());
        assertArrayEquals(new long[] {TermTags.makeSmall(0), moduleAtoms[1]}, select.values());
        assertArrayEquals(new int[] {103, 104}, select.targets());
        assertEquals(new TestOps.IsTaggedTuple(102, new XReg(0), 3, moduleAtoms[2]), one(GenericOp.IS_TAGGED_TUPLE,
                label(2), new Operand.XRegister(0), u(3), new Operand.Atom(2)));
    }

    @Test
    void fmoveBecomesLoadStoreOrCopyByItsOperands() {
        assertEquals(new FloatOps.FloatLoad(new XReg(1), new FloatReg(0)),
                one(GenericOp.FMOVE, new Operand.XRegister(1), new Operand.FloatRegister(0)));
        assertEquals(new FloatOps.FloatStore(new FloatReg(2), new YReg(0)),
                one(GenericOp.FMOVE, new Operand.FloatRegister(2), new Operand.YRegister(0)));
        assertEquals(new FloatOps.FloatCopy(new FloatReg(2), new FloatReg(3)),
                one(GenericOp.FMOVE, new Operand.FloatRegister(2), new Operand.FloatRegister(3)));
        assertEquals(new FloatOps.FloatDivide(new FloatReg(0), new FloatReg(1), new FloatReg(0)),
                one(GenericOp.FDIV, label(0), new Operand.FloatRegister(0), new Operand.FloatRegister(1),
                        new Operand.FloatRegister(0)));
    }

    @Test
    void tryAndCatchGetTheirHandlersCatchTag() {
        assertEquals(new ExceptionOps.Try(2, TermTags.makeCatch(106)),
                one(GenericOp.TRY, new Operand.YRegister(2), label(6)));
        assertEquals(new ExceptionOps.CatchStart(0, TermTags.makeCatch(101)),
                one(GenericOp.CATCH, new Operand.YRegister(0), label(1)));
        assertEquals(new ExceptionOps.Raise(new XReg(2), new XReg(1)),
                one(GenericOp.RAISE, new Operand.XRegister(2), new Operand.XRegister(1)));
    }

    @Test
    void mapListsSplitIntoKeysAndTargets() {
        MapOps.GetMapElements get = assertInstanceOf(MapOps.GetMapElements.class, one(GenericOp.GET_MAP_ELEMENTS,
                label(3), new Operand.XRegister(0), new Operand.OperandList(List.of(new Operand.Atom(1),
                        new Operand.XRegister(1), new Operand.Atom(2), new Operand.YRegister(0)))));
        assertEquals(103, get.fail());
        assertArrayEquals(new Object[] {new Constant(moduleAtoms[1]), new Constant(moduleAtoms[2])}, get.keys());
        assertArrayEquals(new Object[] {new XReg(1), new YReg(0)}, get.targets());
    }

    @Test
    void callFun2NamesItsArityAndFun() {
        assertEquals(new FunOps.CallFun(2, new XReg(2)),
                one(GenericOp.CALL_FUN2, new Operand.Atom(1), u(2), new Operand.XRegister(2)));
        assertEquals(new CallOps.Apply(3, 1), one(GenericOp.APPLY_LAST, u(3), u(1)));
    }

    @Test
    void anOpWithoutARuleLoadsAsNotImplemented() {
        ErrorOps.NotImplemented op = assertInstanceOf(ErrorOps.NotImplemented.class,
                one(GenericOp.RECV_MARK));
        assertSame(GenericOp.RECV_MARK, op.op());
    }
}

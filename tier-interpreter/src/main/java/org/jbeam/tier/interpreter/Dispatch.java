package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ApplyOps;
import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.DataOps;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.ExceptionOps;
import org.jbeam.tier.interpreter.instr.FloatOps;
import org.jbeam.tier.interpreter.instr.FrameOps;
import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.HeapOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.MapOps;
import org.jbeam.tier.interpreter.instr.MessageOps;
import org.jbeam.tier.interpreter.instr.MoveOps;
import org.jbeam.tier.interpreter.instr.TestOps;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.RawStackTrace;
import org.jbeam.vm.tier.TierStatus;

/**
 * The dispatch loop: fetch the instruction at {@code pc}, run it, go where it says. Every arm
 * is one call into a family class, which returns the next instruction index (or a
 * {@link Machine} exit code), so the switch stays a table and C2 can compile the loop whole.
 * The switch is on the instruction's number ({@link Opcodes}), a jump table; its default arm
 * only fires for a number that lacks an arm, which {@code DispatchTest} rules out.
 */
final class Dispatch {
    private Dispatch() {}

    static TierStatus run(Machine m, int start) {
        int pc = start;
        while (true) {
            try {
                while (pc >= 0) {
                    Instruction instruction = m.code[pc];
                    pc = switch (m.opcodes[pc]) {
                        case Opcodes.MOVE -> Moves.move(m, ((MoveOps.Move) instruction), pc);
                        case Opcodes.SWAP -> Moves.swap(m, ((MoveOps.Swap) instruction), pc);
                        case Opcodes.ALLOCATE -> Frames.allocate(m, ((FrameOps.Allocate) instruction), pc);
                        case Opcodes.ALLOCATE_ZERO -> Frames.allocateZero(m, ((FrameOps.AllocateZero) instruction), pc);
                        case Opcodes.DEALLOCATE -> Frames.deallocate(m, ((FrameOps.Deallocate) instruction), pc);
                        case Opcodes.INIT_YREGS -> Frames.initYregs(m, ((FrameOps.InitYregs) instruction), pc);
                        case Opcodes.TRIM -> Frames.trim(m, ((FrameOps.Trim) instruction), pc);
                        case Opcodes.TEST_HEAP -> HeapNeeds.testHeap(m, ((HeapOps.TestHeap) instruction), pc);
                        case Opcodes.GC_AFTER_RESULT -> HeapNeeds.gcAfterResult(m, ((HeapOps.GcAfterResult) instruction), pc);
                        case Opcodes.CALL -> Calls.call(m, ((CallOps.Call) instruction), pc);
                        case Opcodes.CALL_ONLY -> Calls.callOnly(m, ((CallOps.CallOnly) instruction));
                        case Opcodes.CALL_LAST -> Calls.callLast(m, ((CallOps.CallLast) instruction));
                        case Opcodes.CALL_EXT -> Calls.callExt(m, ((CallOps.CallExt) instruction), pc);
                        case Opcodes.CALL_EXT_ONLY -> Calls.callExtOnly(m, ((CallOps.CallExtOnly) instruction));
                        case Opcodes.CALL_EXT_LAST -> Calls.callExtLast(m, ((CallOps.CallExtLast) instruction));
                        case Opcodes.CALL_BIF -> Calls.callBif(m, ((CallOps.CallBif) instruction), pc);
                        case Opcodes.CALL_BIF_RETURN -> Calls.callBifReturn(m, ((CallOps.CallBifReturn) instruction), pc);
                        case Opcodes.APPLY -> Calls.apply(m, ((CallOps.Apply) instruction), pc);
                        case Opcodes.RETURN -> Calls.doReturn(m);
                        case Opcodes.JUMP -> ((CallOps.Jump) instruction).target();
                        case Opcodes.IS_INTEGER -> Tests.isInteger(m, ((TestOps.IsInteger) instruction), pc);
                        case Opcodes.IS_FLOAT -> Tests.isFloat(m, ((TestOps.IsFloat) instruction), pc);
                        case Opcodes.IS_NUMBER -> Tests.isNumber(m, ((TestOps.IsNumber) instruction), pc);
                        case Opcodes.IS_ATOM -> Tests.isAtom(m, ((TestOps.IsAtom) instruction), pc);
                        case Opcodes.IS_BOOLEAN -> Tests.isBoolean(m, ((TestOps.IsBoolean) instruction), pc);
                        case Opcodes.IS_TUPLE -> Tests.isTuple(m, ((TestOps.IsTuple) instruction), pc);
                        case Opcodes.IS_LIST -> Tests.isList(m, ((TestOps.IsList) instruction), pc);
                        case Opcodes.IS_NIL -> Tests.isNil(m, ((TestOps.IsNil) instruction), pc);
                        case Opcodes.IS_NONEMPTY_LIST -> Tests.isNonemptyList(m, ((TestOps.IsNonemptyList) instruction), pc);
                        case Opcodes.IS_FUNCTION -> Tests.isFunction(m, ((TestOps.IsFunction) instruction), pc);
                        case Opcodes.IS_PID -> Tests.isPid(m, ((TestOps.IsPid) instruction), pc);
                        case Opcodes.IS_PORT -> Tests.isPort(m, ((TestOps.IsPort) instruction), pc);
                        case Opcodes.IS_REFERENCE -> Tests.isReference(m, ((TestOps.IsReference) instruction), pc);
                        case Opcodes.IS_BINARY -> Tests.isBinary(m, ((TestOps.IsBinary) instruction), pc);
                        case Opcodes.IS_BITSTR -> Tests.isBitstr(m, ((TestOps.IsBitstr) instruction), pc);
                        case Opcodes.IS_MAP -> Tests.isMap(m, ((TestOps.IsMap) instruction), pc);
                        case Opcodes.IS_FUNCTION2 -> Tests.isFunction2(m, ((TestOps.IsFunction2) instruction), pc);
                        case Opcodes.IS_EQ_EXACT -> Tests.isEqExact(m, ((TestOps.IsEqExact) instruction), pc);
                        case Opcodes.IS_NE_EXACT -> Tests.isNeExact(m, ((TestOps.IsNeExact) instruction), pc);
                        case Opcodes.IS_EQ -> Tests.isEq(m, ((TestOps.IsEq) instruction), pc);
                        case Opcodes.IS_NE -> Tests.isNe(m, ((TestOps.IsNe) instruction), pc);
                        case Opcodes.IS_LT -> Tests.isLt(m, ((TestOps.IsLt) instruction), pc);
                        case Opcodes.IS_GE -> Tests.isGe(m, ((TestOps.IsGe) instruction), pc);
                        case Opcodes.TEST_ARITY -> Tests.testArity(m, ((TestOps.TestArity) instruction), pc);
                        case Opcodes.IS_TAGGED_TUPLE -> Tests.isTaggedTuple(m, ((TestOps.IsTaggedTuple) instruction), pc);
                        case Opcodes.SELECT_VAL -> Tests.selectVal(m, ((TestOps.SelectVal) instruction));
                        case Opcodes.SELECT_TUPLE_ARITY -> Tests.selectTupleArity(m, ((TestOps.SelectTupleArity) instruction));
                        case Opcodes.GET_LIST -> ListsAndTuples.getList(m, ((DataOps.GetList) instruction), pc);
                        case Opcodes.GET_HD -> ListsAndTuples.getHd(m, ((DataOps.GetHd) instruction), pc);
                        case Opcodes.GET_TL -> ListsAndTuples.getTl(m, ((DataOps.GetTl) instruction), pc);
                        case Opcodes.PUT_LIST -> ListsAndTuples.putList(m, ((DataOps.PutList) instruction), pc);
                        case Opcodes.PUT_TUPLE2 -> ListsAndTuples.putTuple2(m, ((DataOps.PutTuple2) instruction), pc);
                        case Opcodes.GET_TUPLE_ELEMENT -> ListsAndTuples.getTupleElement(m, ((DataOps.GetTupleElement) instruction), pc);
                        case Opcodes.SET_TUPLE_ELEMENT -> ListsAndTuples.setTupleElement(m, ((DataOps.SetTupleElement) instruction), pc);
                        case Opcodes.CALL_GUARD_BIF -> GuardBifs.call(m, ((BifOps.CallGuardBif) instruction), pc);
                        case Opcodes.ADD -> GuardBifs.add(m, ((BifOps.Add) instruction), pc);
                        case Opcodes.SUBTRACT -> GuardBifs.subtract(m, ((BifOps.Subtract) instruction), pc);
                        case Opcodes.LENGTH_SETUP -> GuardBifs.lengthSetup(m, ((BifOps.LengthSetup) instruction), pc);
                        case Opcodes.LENGTH -> GuardBifs.length(m, ((BifOps.Length) instruction), pc);
                        case Opcodes.FLOAT_LOAD -> FloatArithmetic.load(m, ((FloatOps.FloatLoad) instruction), pc);
                        case Opcodes.FLOAT_STORE -> FloatArithmetic.store(m, ((FloatOps.FloatStore) instruction), pc);
                        case Opcodes.FLOAT_COPY -> FloatArithmetic.copy(m, ((FloatOps.FloatCopy) instruction), pc);
                        case Opcodes.FLOAT_CONVERT -> FloatArithmetic.convert(m, ((FloatOps.FloatConvert) instruction), pc);
                        case Opcodes.FLOAT_ADD -> FloatArithmetic.add(m, ((FloatOps.FloatAdd) instruction), pc);
                        case Opcodes.FLOAT_SUBTRACT -> FloatArithmetic.subtract(m, ((FloatOps.FloatSubtract) instruction), pc);
                        case Opcodes.FLOAT_MULTIPLY -> FloatArithmetic.multiply(m, ((FloatOps.FloatMultiply) instruction), pc);
                        case Opcodes.FLOAT_DIVIDE -> FloatArithmetic.divide(m, ((FloatOps.FloatDivide) instruction), pc);
                        case Opcodes.FLOAT_NEGATE -> FloatArithmetic.negate(m, ((FloatOps.FloatNegate) instruction), pc);
                        case Opcodes.FUNCTION_CLAUSE -> Errors.functionClause(m, ((ErrorOps.FunctionClause) instruction));
                        case Opcodes.BADMATCH -> Errors.badmatch(m, ((ErrorOps.Badmatch) instruction));
                        case Opcodes.CASE_END -> Errors.caseEnd(m, ((ErrorOps.CaseEnd) instruction));
                        case Opcodes.IF_END -> Errors.ifEnd();
                        case Opcodes.BADRECORD -> Errors.badrecord(m, ((ErrorOps.Badrecord) instruction));
                        case Opcodes.NOT_IMPLEMENTED -> Errors.notImplemented(m, ((ErrorOps.NotImplemented) instruction));
                        case Opcodes.TRY -> Exceptions.tryStart(m, ((ExceptionOps.Try) instruction), pc);
                        case Opcodes.TRY_END -> Exceptions.tryEnd(m, ((ExceptionOps.TryEnd) instruction), pc);
                        case Opcodes.TRY_CASE -> Exceptions.tryCase(m, ((ExceptionOps.TryCase) instruction), pc);
                        case Opcodes.TRY_CASE_END -> Exceptions.tryCaseEnd(m, ((ExceptionOps.TryCaseEnd) instruction));
                        case Opcodes.CATCH_START -> Exceptions.catchStart(m, ((ExceptionOps.CatchStart) instruction), pc);
                        case Opcodes.CATCH_END -> Exceptions.catchEnd(m, ((ExceptionOps.CatchEnd) instruction), pc);
                        case Opcodes.RAISE -> Exceptions.raise(m, ((ExceptionOps.Raise) instruction));
                        case Opcodes.BUILD_STACKTRACE -> Exceptions.buildStacktrace(m, pc);
                        case Opcodes.RAW_RAISE -> Exceptions.rawRaise(m);
                        case Opcodes.MAKE_FUN -> FunInstructions.makeFun(m, ((FunOps.MakeFun) instruction), pc);
                        case Opcodes.CALL_FUN -> FunInstructions.callFun(m, ((FunOps.CallFun) instruction), pc);
                        case Opcodes.APPLY_MFA -> ApplyInstructions.applyMfa(m, ((ApplyOps.ApplyMfa) instruction), pc);
                        case Opcodes.APPLY_FUN -> ApplyInstructions.applyFun(m, ((ApplyOps.ApplyFun) instruction), pc);
                        case Opcodes.CALL_ON_LOAD -> ApplyInstructions.callOnLoad(m, ((ApplyOps.CallOnLoad) instruction), pc);
                        case Opcodes.HIBERNATE -> ApplyInstructions.hibernate(m, pc);
                        case Opcodes.PUT_MAP_ASSOC -> MapInstructions.putAssoc(m, ((MapOps.PutMapAssoc) instruction), pc);
                        case Opcodes.PUT_MAP_EXACT -> MapInstructions.putExact(m, ((MapOps.PutMapExact) instruction), pc);
                        case Opcodes.GET_MAP_ELEMENTS -> MapInstructions.getElements(m, ((MapOps.GetMapElements) instruction), pc);
                        case Opcodes.HAS_MAP_FIELDS -> MapInstructions.hasFields(m, ((MapOps.HasMapFields) instruction), pc);
                        case Opcodes.SEND -> Receives.send(m, pc);
                        case Opcodes.LOOP_REC -> Receives.loopRec(m, ((MessageOps.LoopRec) instruction), pc);
                        case Opcodes.LOOP_REC_END -> Receives.loopRecEnd(m, ((MessageOps.LoopRecEnd) instruction));
                        case Opcodes.REMOVE_MESSAGE -> Receives.removeMessage(m, pc);
                        case Opcodes.WAIT -> Receives.await(m, ((MessageOps.Wait) instruction));
                        case Opcodes.WAIT_TIMEOUT -> Receives.waitTimeout(m, ((MessageOps.WaitTimeout) instruction), pc);
                        case Opcodes.TIMEOUT -> Receives.timeout(m, pc);
                        case Opcodes.RECV_MARKER_RESERVE -> Receives.reserveMarker(m, ((MessageOps.RecvMarkerReserve) instruction), pc);
                        case Opcodes.RECV_MARKER_NO_OP -> pc + 1;
                        case Opcodes.START_MATCH -> BitSyntaxMatching.startMatch(m, ((BitSyntaxOps.StartMatch) instruction), pc);
                        case Opcodes.GET_POSITION -> BitSyntaxMatching.getPosition(m, ((BitSyntaxOps.GetPosition) instruction), pc);
                        case Opcodes.SET_POSITION -> BitSyntaxMatching.setPosition(m, ((BitSyntaxOps.SetPosition) instruction), pc);
                        case Opcodes.GET_TAIL -> BitSyntaxMatching.getTail(m, ((BitSyntaxOps.GetTail) instruction), pc);
                        case Opcodes.TEST_TAIL -> BitSyntaxMatching.testTail(m, ((BitSyntaxOps.TestTail) instruction), pc);
                        case Opcodes.TEST_UNIT -> BitSyntaxMatching.testUnit(m, ((BitSyntaxOps.TestUnit) instruction), pc);
                        case Opcodes.SKIP_BITS -> BitSyntaxMatching.skipBits(m, ((BitSyntaxOps.SkipBits) instruction), pc);
                        case Opcodes.GET_INTEGER -> BitSyntaxMatching.getInteger(m, ((BitSyntaxOps.GetInteger) instruction), pc);
                        case Opcodes.GET_FLOAT -> BitSyntaxMatching.getFloat(m, ((BitSyntaxOps.GetFloat) instruction), pc);
                        case Opcodes.GET_BINARY -> BitSyntaxMatching.getBinary(m, ((BitSyntaxOps.GetBinary) instruction), pc);
                        case Opcodes.GET_UTF -> BitSyntaxMatching.getUtf(m, ((BitSyntaxOps.GetUtf) instruction), pc);
                        case Opcodes.MATCH_STRING -> BitSyntaxMatching.matchString(m, ((BitSyntaxOps.MatchString) instruction), pc);
                        case Opcodes.CREATE_BIN -> BitSyntaxConstruction.createBin(m, ((BitSyntaxOps.CreateBin) instruction), pc);
                        case Opcodes.INIT_WRITABLE -> BitSyntaxConstruction.initWritable(m, pc);
                        case Opcodes.INIT_BINARY -> LegacyBitSyntax.initBinary(m, ((BitSyntaxOps.InitBinary) instruction), pc);
                        case Opcodes.ADD_SIZES -> LegacyBitSyntax.addSizes(m, ((BitSyntaxOps.AddSizes) instruction), pc);
                        case Opcodes.PUT_SEGMENT -> LegacyBitSyntax.put(m, ((BitSyntaxOps.Put) instruction), pc);
                        case Opcodes.UTF_SIZE -> LegacyBitSyntax.utfSize(m, ((BitSyntaxOps.UtfSize) instruction), pc);
                        case Opcodes.APPEND -> LegacyBitSyntax.append(m, ((BitSyntaxOps.Append) instruction), pc);
                        default -> throw new IllegalStateException("opcode " + m.opcodes[pc] + " has no dispatch arm");
                    };
                }
                return m.status(pc);
            } catch (ErlangException e) {
                long trace = StackTraces.capture(m, pc, e);
                pc = Exceptions.unwind(m, e, trace);
                if (pc == Exceptions.NOT_CAUGHT) {
                    m.process.setExitReason(e);
                    m.process.setExitStackTrace(RawStackTrace.build(trace, m.process.heap(),
                            m.interpreter.tiers()::describeContinuation));
                    return TierStatus.RAISED;
                }
            }
        }
    }
}

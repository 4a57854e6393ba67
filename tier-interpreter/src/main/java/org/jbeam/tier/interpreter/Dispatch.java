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
import org.jbeam.vm.tier.TierStatus;

/**
 * The dispatch loop: fetch the instruction at {@code pc}, run it, go where it says. Every arm
 * is one call into a family class, which returns the next instruction index (or a
 * {@link Machine} exit code), so the switch stays a table and C2 can compile the loop whole.
 * The switch has no default: a new instruction record breaks this file's build.
 */
final class Dispatch {
    private Dispatch() {}

    static TierStatus run(Machine m, int start) {
        int pc = start;
        while (true) {
            try {
                while (pc >= 0) {
                    pc = step(m, m.code[pc], pc);
                }
                return Machine.status(pc);
            } catch (ErlangException e) {
                long trace = StackTraces.capture(m, pc, e);
                pc = Exceptions.unwind(m, e, trace);
                if (pc < 0) {
                    m.process.setExitReason(e);
                    m.process.setExitStackTrace(trace);
                    return TierStatus.RAISED;
                }
            }
        }
    }

    private static int step(Machine m, Instruction instruction, int pc) {
        return switch (instruction) {
            case MoveOps.Move i -> Moves.move(m, i, pc);
            case MoveOps.Swap i -> Moves.swap(m, i, pc);
            case FrameOps.Allocate i -> Frames.allocate(m, i, pc);
            case FrameOps.AllocateZero i -> Frames.allocateZero(m, i, pc);
            case FrameOps.Deallocate i -> Frames.deallocate(m, i, pc);
            case FrameOps.InitYregs i -> Frames.initYregs(m, i, pc);
            case FrameOps.Trim i -> Frames.trim(m, i, pc);
            case HeapOps.TestHeap i -> HeapNeeds.testHeap(m, i, pc);
            case HeapOps.GcAfterResult i -> HeapNeeds.gcAfterResult(m, i, pc);
            case CallOps.Call i -> Calls.call(m, i, pc);
            case CallOps.CallOnly i -> Calls.callOnly(m, i);
            case CallOps.CallLast i -> Calls.callLast(m, i);
            case CallOps.CallExt i -> Calls.callExt(m, i, pc);
            case CallOps.CallExtOnly i -> Calls.callExtOnly(m, i);
            case CallOps.CallExtLast i -> Calls.callExtLast(m, i);
            case CallOps.CallBif i -> Calls.callBif(m, i, pc);
            case CallOps.CallBifReturn i -> Calls.callBifReturn(m, i, pc);
            case CallOps.Apply i -> Calls.apply(m, i, pc);
            case CallOps.Return i -> Calls.doReturn(m);
            case CallOps.Jump i -> i.target();
            case TestOps.IsInteger i -> Tests.isInteger(m, i, pc);
            case TestOps.IsFloat i -> Tests.isFloat(m, i, pc);
            case TestOps.IsNumber i -> Tests.isNumber(m, i, pc);
            case TestOps.IsAtom i -> Tests.isAtom(m, i, pc);
            case TestOps.IsBoolean i -> Tests.isBoolean(m, i, pc);
            case TestOps.IsTuple i -> Tests.isTuple(m, i, pc);
            case TestOps.IsList i -> Tests.isList(m, i, pc);
            case TestOps.IsNil i -> Tests.isNil(m, i, pc);
            case TestOps.IsNonemptyList i -> Tests.isNonemptyList(m, i, pc);
            case TestOps.IsFunction i -> Tests.isFunction(m, i, pc);
            case TestOps.IsPid i -> Tests.isPid(m, i, pc);
            case TestOps.IsPort i -> Tests.isPort(m, i, pc);
            case TestOps.IsReference i -> Tests.isReference(m, i, pc);
            case TestOps.IsBinary i -> Tests.isBinary(m, i, pc);
            case TestOps.IsBitstr i -> Tests.isBitstr(m, i, pc);
            case TestOps.IsMap i -> Tests.isMap(m, i, pc);
            case TestOps.IsFunction2 i -> Tests.isFunction2(m, i, pc);
            case TestOps.IsEqExact i -> Tests.isEqExact(m, i, pc);
            case TestOps.IsNeExact i -> Tests.isNeExact(m, i, pc);
            case TestOps.IsEq i -> Tests.isEq(m, i, pc);
            case TestOps.IsNe i -> Tests.isNe(m, i, pc);
            case TestOps.IsLt i -> Tests.isLt(m, i, pc);
            case TestOps.IsGe i -> Tests.isGe(m, i, pc);
            case TestOps.TestArity i -> Tests.testArity(m, i, pc);
            case TestOps.IsTaggedTuple i -> Tests.isTaggedTuple(m, i, pc);
            case TestOps.SelectVal i -> Tests.selectVal(m, i);
            case TestOps.SelectTupleArity i -> Tests.selectTupleArity(m, i);
            case DataOps.GetList i -> ListsAndTuples.getList(m, i, pc);
            case DataOps.GetHd i -> ListsAndTuples.getHd(m, i, pc);
            case DataOps.GetTl i -> ListsAndTuples.getTl(m, i, pc);
            case DataOps.PutList i -> ListsAndTuples.putList(m, i, pc);
            case DataOps.PutTuple2 i -> ListsAndTuples.putTuple2(m, i, pc);
            case DataOps.GetTupleElement i -> ListsAndTuples.getTupleElement(m, i, pc);
            case DataOps.SetTupleElement i -> ListsAndTuples.setTupleElement(m, i, pc);
            case BifOps.CallGuardBif i -> GuardBifs.call(m, i, pc);
            case BifOps.Add i -> GuardBifs.add(m, i, pc);
            case BifOps.Subtract i -> GuardBifs.subtract(m, i, pc);
            case FloatOps.FloatLoad i -> FloatArithmetic.load(m, i, pc);
            case FloatOps.FloatStore i -> FloatArithmetic.store(m, i, pc);
            case FloatOps.FloatCopy i -> FloatArithmetic.copy(m, i, pc);
            case FloatOps.FloatConvert i -> FloatArithmetic.convert(m, i, pc);
            case FloatOps.FloatAdd i -> FloatArithmetic.add(m, i, pc);
            case FloatOps.FloatSubtract i -> FloatArithmetic.subtract(m, i, pc);
            case FloatOps.FloatMultiply i -> FloatArithmetic.multiply(m, i, pc);
            case FloatOps.FloatDivide i -> FloatArithmetic.divide(m, i, pc);
            case FloatOps.FloatNegate i -> FloatArithmetic.negate(m, i, pc);
            case ErrorOps.FunctionClause i -> Errors.functionClause(m, i);
            case ErrorOps.Badmatch i -> Errors.badmatch(m, i);
            case ErrorOps.CaseEnd i -> Errors.caseEnd(m, i);
            case ErrorOps.IfEnd i -> Errors.ifEnd();
            case ErrorOps.Badrecord i -> Errors.badrecord(m, i);
            case ErrorOps.NotImplemented i -> Errors.notImplemented(m, i);
            case ExceptionOps.Try i -> Exceptions.tryStart(m, i, pc);
            case ExceptionOps.TryEnd i -> Exceptions.tryEnd(m, i, pc);
            case ExceptionOps.TryCase i -> Exceptions.tryCase(m, i, pc);
            case ExceptionOps.TryCaseEnd i -> Exceptions.tryCaseEnd(m, i);
            case ExceptionOps.CatchStart i -> Exceptions.catchStart(m, i, pc);
            case ExceptionOps.CatchEnd i -> Exceptions.catchEnd(m, i, pc);
            case ExceptionOps.Raise i -> Exceptions.raise(m, i);
            case ExceptionOps.BuildStacktrace i -> Exceptions.buildStacktrace(m, pc);
            case ExceptionOps.RawRaise i -> Exceptions.rawRaise(m);
            case FunOps.MakeFun i -> FunInstructions.makeFun(m, i, pc);
            case FunOps.CallFun i -> FunInstructions.callFun(m, i, pc);
            case ApplyOps.ApplyMfa i -> ApplyInstructions.applyMfa(m, i, pc);
            case ApplyOps.ApplyFun i -> ApplyInstructions.applyFun(m, i, pc);
            case MapOps.PutMapAssoc i -> MapInstructions.putAssoc(m, i, pc);
            case MapOps.PutMapExact i -> MapInstructions.putExact(m, i, pc);
            case MapOps.GetMapElements i -> MapInstructions.getElements(m, i, pc);
            case MapOps.HasMapFields i -> MapInstructions.hasFields(m, i, pc);
            case MessageOps.Send i -> Receives.send(m, pc);
            case MessageOps.LoopRec i -> Receives.loopRec(m, i, pc);
            case MessageOps.LoopRecEnd i -> Receives.loopRecEnd(m, i);
            case MessageOps.RemoveMessage i -> Receives.removeMessage(m, pc);
            case MessageOps.Wait i -> Receives.await(m, i);
            case MessageOps.WaitTimeout i -> Receives.waitTimeout(m, i, pc);
            case MessageOps.Timeout i -> Receives.timeout(m, pc);
            case MessageOps.RecvMarkerReserve i -> Receives.reserveMarker(m, i, pc);
            case MessageOps.RecvMarkerNoOp i -> pc + 1;
            case BitSyntaxOps.StartMatch i -> BitSyntaxMatching.startMatch(m, i, pc);
            case BitSyntaxOps.GetPosition i -> BitSyntaxMatching.getPosition(m, i, pc);
            case BitSyntaxOps.SetPosition i -> BitSyntaxMatching.setPosition(m, i, pc);
            case BitSyntaxOps.GetTail i -> BitSyntaxMatching.getTail(m, i, pc);
            case BitSyntaxOps.TestTail i -> BitSyntaxMatching.testTail(m, i, pc);
            case BitSyntaxOps.TestUnit i -> BitSyntaxMatching.testUnit(m, i, pc);
            case BitSyntaxOps.SkipBits i -> BitSyntaxMatching.skipBits(m, i, pc);
            case BitSyntaxOps.GetInteger i -> BitSyntaxMatching.getInteger(m, i, pc);
            case BitSyntaxOps.GetFloat i -> BitSyntaxMatching.getFloat(m, i, pc);
            case BitSyntaxOps.GetBinary i -> BitSyntaxMatching.getBinary(m, i, pc);
            case BitSyntaxOps.GetUtf i -> BitSyntaxMatching.getUtf(m, i, pc);
            case BitSyntaxOps.MatchString i -> BitSyntaxMatching.matchString(m, i, pc);
            case BitSyntaxOps.CreateBin i -> BitSyntaxConstruction.createBin(m, i, pc);
            case BitSyntaxOps.InitWritable i -> BitSyntaxConstruction.initWritable(m, pc);
        };
    }
}

package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.tier.template.ops.BitsOps;
import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.tier.template.ops.DataOps;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.ErrorOps;
import org.jbeam.tier.template.ops.ExceptionOps;
import org.jbeam.tier.template.ops.FloatOps;
import org.jbeam.tier.template.ops.FrameOps;
import org.jbeam.tier.template.ops.FunOps;
import org.jbeam.tier.template.ops.GuardOps;
import org.jbeam.tier.template.ops.MapOps;
import org.jbeam.tier.template.ops.MessageOps;
import org.jbeam.tier.template.ops.MoveOps;
import org.jbeam.tier.template.ops.Op;
import org.jbeam.tier.template.ops.SelectOps;
import org.jbeam.tier.template.ops.StructureOps;

/**
 * Emits a decoded module instruction by instruction, each from its family's template (one
 * instruction at a time, no optimisation across them: BeamAsm's model), and assembles it.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    /** Compiles {@code module}, noting where each op's code starts for listings. */
    public static CompiledModule compile(TemplateBackend backend, int tierId, DecodedModule module) {
        ModuleTemplates t = backend.newModule(tierId, module);
        int[] opOffsets = new int[module.ops().size()];
        int index = 0;
        for (Op op : module.ops()) {
            opOffsets[index++] = t.position();
            t.startInstruction();
            emit(t, op);
        }
        int slowPaths = t.position();
        NativeCode code = t.finish();
        return new CompiledModule(code, opOffsets, slowPaths, t.position());
    }

    /** Emits one op through its family's template. */
    public static void emit(ModuleTemplates t, Op op) {
        switch (op) {
            case StructureOps.Label o -> t.structure().label(o);
            case StructureOps.Line o -> t.structure().line(o);
            case StructureOps.FuncInfo o -> t.structure().funcInfo(o);
            case StructureOps.FunctionEntry o -> t.structure().functionEntry(o);
            case MoveOps.Move o -> t.moves().move(o);
            case MoveOps.Swap o -> t.moves().swap(o);
            case MoveOps.InitY o -> t.moves().initY(o);
            case FrameOps.Allocate o -> t.frames().allocate(o);
            case FrameOps.Deallocate o -> t.frames().deallocate(o);
            case FrameOps.TestHeap o -> t.frames().testHeap(o);
            case FrameOps.Trim o -> t.frames().trim(o);
            case CallOps.Call o -> t.calls().call(o);
            case CallOps.CallOnly o -> t.calls().callOnly(o);
            case CallOps.CallLast o -> t.calls().callLast(o);
            case CallOps.CallExt o -> t.calls().callExt(o);
            case CallOps.CallBif o -> t.calls().callBif(o);
            case CallOps.Apply o -> t.calls().apply(o);
            case CallOps.Hibernate o -> t.calls().hibernate(o);
            case CallOps.CallOnLoad o -> t.calls().callOnLoad(o);
            case CallOps.Return o -> t.calls().ret(o);
            case CallOps.Jump o -> t.calls().jump(o);
            case GuardOps.TypeTest o -> t.guards().typeTest(o);
            case GuardOps.Compare o -> t.guards().compare(o);
            case GuardOps.TestArity o -> t.guards().testArity(o);
            case GuardOps.IsTaggedTuple o -> t.guards().isTaggedTuple(o);
            case SelectOps.SelectVal o -> t.selects().selectVal(o);
            case SelectOps.SelectTupleArity o -> t.selects().selectTupleArity(o);
            case DataOps.GetList o -> t.data().getList(o);
            case DataOps.GetHd o -> t.data().getHd(o);
            case DataOps.GetTl o -> t.data().getTl(o);
            case DataOps.PutList o -> t.data().putList(o);
            case DataOps.PutTuple2 o -> t.data().putTuple2(o);
            case DataOps.GetTupleElement o -> t.data().getTupleElement(o);
            case BifOps.CallGuardBif o -> t.bifs().guardBif(o);
            case BifOps.Arith o -> t.arith().arith(o);
            case BifOps.TermAccess o -> t.bifs().termAccess(o);
            case ErrorOps.Raise o -> t.bifs().raise(o);
            case ExceptionOps.Try o -> t.exceptions().tryStart(o);
            case ExceptionOps.TryEnd o -> t.exceptions().tryEnd(o);
            case ExceptionOps.TryCase o -> t.exceptions().tryCase(o);
            case ExceptionOps.TryCaseEnd o -> t.exceptions().tryCaseEnd(o);
            case ExceptionOps.CatchEnd o -> t.exceptions().catchEnd(o);
            case ExceptionOps.Reraise o -> t.exceptions().reraise(o);
            case ExceptionOps.BuildStacktrace o -> t.exceptions().buildStacktrace(o);
            case ExceptionOps.RawRaise o -> t.exceptions().rawRaise(o);
            case FunOps.MakeFun o -> t.funs().makeFun(o);
            case FunOps.CallFun o -> t.funs().callFun(o);
            case MessageOps.Send o -> t.messages().send(o);
            case MessageOps.LoopRec o -> t.messages().loopRec(o);
            case MessageOps.LoopRecEnd o -> t.messages().loopRecEnd(o);
            case MessageOps.RemoveMessage o -> t.messages().removeMessage(o);
            case MessageOps.Wait o -> t.messages().await(o);
            case MessageOps.WaitTimeout o -> t.messages().waitTimeout(o);
            case MessageOps.Timeout o -> t.messages().timeout(o);
            case MessageOps.RecvMarkerReserve o -> t.messages().recvMarkerReserve(o);
            case FloatOps.FloatLoad o -> t.floats().load(o);
            case FloatOps.FloatStore o -> t.floats().store(o);
            case FloatOps.FloatCopy o -> t.floats().copy(o);
            case FloatOps.FloatConvert o -> t.floats().convert(o);
            case FloatOps.FloatArith o -> t.floats().arith(o);
            case FloatOps.FloatNegate o -> t.floats().negate(o);
            case DataOps.SetTupleElement o -> t.data().setTupleElement(o);
            case GuardOps.IsFunction2 o -> t.guards().isFunction2(o);
            case MapOps.MapInstruction o -> t.maps().mapInstruction(o);
            case BitsOps.BitsInstruction o -> t.bits().bitsInstruction(o);
        }
    }
}

package org.jbeam.tier.template.ops;

/**
 * A specific instruction the template JIT has a template for, decoded from OTP 25's generic
 * instructions ({@code genop.tab}) by {@link ModuleDecoder}. Each backend emits every one of them
 * through its family templates; {@link org.jbeam.tier.template.backend.TemplateCompiler} switches
 * over this sealed type with no default arm, so a new instruction breaks the build of a backend
 * that lacks its template.
 */
public sealed interface Op permits StructureOps.Label, StructureOps.Line, StructureOps.FuncInfo,
        StructureOps.FunctionEntry,
        MoveOps.Move, MoveOps.Swap, MoveOps.InitY,
        FrameOps.Allocate, FrameOps.Deallocate, FrameOps.TestHeap, FrameOps.Trim,
        CallOps.Call, CallOps.CallOnly, CallOps.CallLast, CallOps.CallExt, CallOps.CallBif, CallOps.Apply, CallOps.Hibernate, CallOps.CallOnLoad, CallOps.Return,
        CallOps.Jump,
        GuardOps.TypeTest, GuardOps.Compare, GuardOps.TestArity, GuardOps.IsTaggedTuple,
        SelectOps.SelectVal, SelectOps.SelectTupleArity,
        DataOps.GetList, DataOps.GetHd, DataOps.GetTl, DataOps.PutList, DataOps.PutTuple2,
        DataOps.GetTupleElement,
        BifOps.CallGuardBif, BifOps.Arith, BifOps.TermAccess, ErrorOps.Raise,
        ExceptionOps.Try, ExceptionOps.TryEnd, ExceptionOps.TryCase, ExceptionOps.TryCaseEnd, ExceptionOps.CatchEnd,
        ExceptionOps.Reraise, ExceptionOps.BuildStacktrace, ExceptionOps.RawRaise,
        FunOps.MakeFun, FunOps.CallFun,
        MessageOps.Send, MessageOps.LoopRec, MessageOps.LoopRecEnd, MessageOps.RemoveMessage, MessageOps.Wait,
        MessageOps.WaitTimeout, MessageOps.Timeout, MessageOps.RecvMarkerReserve,
        FloatOps.FloatLoad, FloatOps.FloatStore, FloatOps.FloatCopy, FloatOps.FloatConvert, FloatOps.FloatArith,
        FloatOps.FloatNegate, DataOps.SetTupleElement, GuardOps.IsFunction2, MapOps.MapInstruction,
        BitsOps.BitsInstruction {}

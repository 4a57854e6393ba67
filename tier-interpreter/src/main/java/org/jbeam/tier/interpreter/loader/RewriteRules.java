package org.jbeam.tier.interpreter.loader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.FrameOps;
import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.MoveOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.TestOps;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.loader.ResolvedFun;

/**
 * The interpreter's rule table: for each generic op, the rule that makes its specific
 * instructions. Ops with no rule become {@link ErrorOps.NotImplemented}. The data-building,
 * BIF and float rules live in {@link DataRules}, the exception rules in {@link ExceptionRules}.
 */
public final class RewriteRules {
    private final Map<GenericOp, RewriteRule> rules = new EnumMap<>(GenericOp.class);

    private RewriteRules() {}

    /** The standard table. */
    public static RewriteRules standard() {
        RewriteRules table = new RewriteRules();
        table.addStructural();
        table.addFrames();
        table.addCalls();
        table.addTests();
        DataRules.addTo(table);
        ExceptionRules.addTo(table);
        MapRules.addTo(table);
        MessageRules.addTo(table);
        HeapRules.addTo(table);
        BitSyntaxRules.addTo(table);
        // Boot: nif_start only marks where a NIF may replace the function (see NifStubs).
        table.none(GenericOp.NIF_START);
        return table;
    }

    /** The specific instructions for {@code generic}. */
    public List<Instruction> rewrite(GenericInstruction generic, RuleContext context) {
        RewriteRule rule = rules.get(generic.op());
        if (rule == null) {
            return List.of(new ErrorOps.NotImplemented(generic.op(), generic.offset()));
        }
        return rule.rewrite(generic, context);
    }

    void add(GenericOp op, RewriteRule rule) {
        rules.put(op, rule);
    }

    /** A rule making exactly one instruction. */
    void one(GenericOp op, BiFunction<GenericInstruction, OperandDecoder, Instruction> rule) {
        rules.put(op, (g, c) -> List.of(rule.apply(g, c.operands())));
    }

    void none(GenericOp... ops) {
        for (GenericOp op : ops) {
            rules.put(op, (g, c) -> List.of());
        }
    }

    private void addStructural() {
        // Labels are resolved into indices, lines go to CodeLocations for stack traces;
        // fclearerror/fcheckerror are pre-OTP-22 float error checks that modern float
        // instructions make redundant. Heap needs are in HeapRules.
        none(GenericOp.LABEL, GenericOp.LINE, GenericOp.INT_CODE_END,
                GenericOp.FCLEARERROR, GenericOp.FCHECKERROR);
        // on_load marks the start of the on_load function's body; call_on_load_function enters there.
        none(GenericOp.ON_LOAD);
        one(GenericOp.FUNC_INFO, (g, d) -> new ErrorOps.FunctionClause(d.term(g.operand(0)), d.term(g.operand(1)),
                d.unsigned(g.operand(2))));
        one(GenericOp.MOVE, (g, d) -> new MoveOps.Move(d.source(g.operand(0)), d.target(g.operand(1))));
        one(GenericOp.SWAP, (g, d) -> new MoveOps.Swap(d.target(g.operand(0)), d.target(g.operand(1))));
        one(GenericOp.BADMATCH, (g, d) -> new ErrorOps.Badmatch(d.source(g.operand(0))));
        one(GenericOp.CASE_END, (g, d) -> new ErrorOps.CaseEnd(d.source(g.operand(0))));
        one(GenericOp.BADRECORD, (g, d) -> new ErrorOps.Badrecord(d.source(g.operand(0))));
        one(GenericOp.IF_END, (g, d) -> new ErrorOps.IfEnd());
    }

    private void addFrames() {
        one(GenericOp.ALLOCATE, (g, d) -> new FrameOps.Allocate(d.unsigned(g.operand(0))));
        one(GenericOp.ALLOCATE_ZERO, (g, d) -> new FrameOps.AllocateZero(d.unsigned(g.operand(0))));
        one(GenericOp.DEALLOCATE, (g, d) -> new FrameOps.Deallocate(d.unsigned(g.operand(0))));
        one(GenericOp.TRIM, (g, d) -> new FrameOps.Trim(d.unsigned(g.operand(0))));
        one(GenericOp.INIT, (g, d) -> new FrameOps.InitYregs(new int[] {yIndex(g.operand(0))}));
        one(GenericOp.INIT_YREGS, (g, d) -> new FrameOps.InitYregs(
                d.list(g.operand(0)).stream().mapToInt(RewriteRules::yIndex).toArray()));
    }

    private static int yIndex(Operand operand) {
        if (operand instanceof Operand.YRegister y) {
            return y.index();
        }
        throw new IllegalStateException("expected a Y register, got " + operand);
    }

    private void addCalls() {
        one(GenericOp.CALL, (g, d) -> new CallOps.Call(d.unsigned(g.operand(0)), d.label(g.operand(1))));
        one(GenericOp.CALL_ONLY, (g, d) -> new CallOps.CallOnly(d.unsigned(g.operand(0)), d.label(g.operand(1))));
        one(GenericOp.CALL_LAST, (g, d) -> new CallOps.CallLast(d.unsigned(g.operand(0)), d.label(g.operand(1)),
                d.unsigned(g.operand(2))));
        one(GenericOp.APPLY, (g, d) -> new CallOps.Apply(d.unsigned(g.operand(0)), -1));
        one(GenericOp.APPLY_LAST, (g, d) -> new CallOps.Apply(d.unsigned(g.operand(0)), d.unsigned(g.operand(1))));
        one(GenericOp.RETURN, (g, d) -> new CallOps.Return());
        one(GenericOp.JUMP, (g, d) -> new CallOps.Jump(d.label(g.operand(0))));
        add(GenericOp.MAKE_FUN3, (g, c) -> List.of(makeFun(g, c)));
        one(GenericOp.CALL_FUN2, (g, d) -> new FunOps.CallFun(d.unsigned(g.operand(1)), d.source(g.operand(2))));
        one(GenericOp.CALL_FUN, (g, d) -> new FunOps.CallFun(d.unsigned(g.operand(0)),
                new XReg(d.unsigned(g.operand(0)))));
        add(GenericOp.CALL_EXT, (g, c) -> List.of(ExternalCalls.call(g, c, false, -1)));
        add(GenericOp.CALL_EXT_ONLY, (g, c) -> List.of(ExternalCalls.call(g, c, true, -1)));
        add(GenericOp.CALL_EXT_LAST, (g, c) -> List.of(ExternalCalls.call(g, c, true,
                c.operands().unsigned(g.operand(2)))));
    }

    /** {@code make_fun3 FunIndex Dst EnvList}. */
    private static Instruction makeFun(GenericInstruction g, RuleContext c) {
        OperandDecoder d = c.operands();
        ResolvedFun fun = c.funs().get(d.unsigned(g.operand(0)));
        Source[] environment = d.list(g.operand(2)).stream().map(d::source).toArray(Source[]::new);
        return new FunOps.MakeFun(fun.funEntry(), fun.arity() - fun.freeCount(), environment, d.target(g.operand(1)));
    }

    private void addTests() {
        one(GenericOp.IS_INTEGER, (g, d) -> new TestOps.IsInteger(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_FLOAT, (g, d) -> new TestOps.IsFloat(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_NUMBER, (g, d) -> new TestOps.IsNumber(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_ATOM, (g, d) -> new TestOps.IsAtom(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_BOOLEAN, (g, d) -> new TestOps.IsBoolean(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_TUPLE, (g, d) -> new TestOps.IsTuple(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_LIST, (g, d) -> new TestOps.IsList(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_NIL, (g, d) -> new TestOps.IsNil(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_NONEMPTY_LIST, (g, d) -> new TestOps.IsNonemptyList(d.label(g.operand(0)),
                d.source(g.operand(1))));
        one(GenericOp.IS_PID, (g, d) -> new TestOps.IsPid(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_PORT, (g, d) -> new TestOps.IsPort(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_REFERENCE, (g, d) -> new TestOps.IsReference(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_BINARY, (g, d) -> new TestOps.IsBinary(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_BITSTR, (g, d) -> new TestOps.IsBitstr(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_MAP, (g, d) -> new TestOps.IsMap(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_FUNCTION, (g, d) -> new TestOps.IsFunction(d.label(g.operand(0)), d.source(g.operand(1))));
        one(GenericOp.IS_FUNCTION2, (g, d) -> new TestOps.IsFunction2(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_EQ_EXACT, (g, d) -> new TestOps.IsEqExact(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_NE_EXACT, (g, d) -> new TestOps.IsNeExact(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_EQ, (g, d) -> new TestOps.IsEq(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_NE, (g, d) -> new TestOps.IsNe(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_LT, (g, d) -> new TestOps.IsLt(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.IS_GE, (g, d) -> new TestOps.IsGe(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2))));
        one(GenericOp.TEST_ARITY, (g, d) -> new TestOps.TestArity(d.label(g.operand(0)), d.source(g.operand(1)),
                d.unsigned(g.operand(2))));
        one(GenericOp.IS_TAGGED_TUPLE, (g, d) -> new TestOps.IsTaggedTuple(d.label(g.operand(0)),
                d.source(g.operand(1)), d.unsigned(g.operand(2)), d.term(g.operand(3))));
        one(GenericOp.SELECT_VAL, RewriteRules::selectVal);
        one(GenericOp.SELECT_TUPLE_ARITY, RewriteRules::selectTupleArity);
    }

    private static Instruction selectVal(GenericInstruction g, OperandDecoder d) {
        List<Operand> pairs = d.list(g.operand(2));
        long[] values = new long[pairs.size() / 2];
        int[] targets = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = d.term(pairs.get(2 * i));
            targets[i] = d.label(pairs.get(2 * i + 1));
        }
        return new TestOps.SelectVal(d.source(g.operand(0)), d.label(g.operand(1)), values, targets);
    }

    private static Instruction selectTupleArity(GenericInstruction g, OperandDecoder d) {
        List<Operand> pairs = d.list(g.operand(2));
        int[] arities = new int[pairs.size() / 2];
        int[] targets = new int[arities.length];
        for (int i = 0; i < arities.length; i++) {
            arities[i] = d.unsigned(pairs.get(2 * i));
            targets[i] = d.label(pairs.get(2 * i + 1));
        }
        Source tuple = d.source(g.operand(0));
        return new TestOps.SelectTupleArity(tuple, d.label(g.operand(1)), arities, targets);
    }

    /** Every op this table has a rule for, for tests. */
    public List<GenericOp> coveredOps() {
        return new ArrayList<>(rules.keySet());
    }
}

package org.jbeam.tier.template.ops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.Increment;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.loader.ResolvedFun;
import org.jbeam.vm.loader.ResolvedImport;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.CatchTags;

/**
 * Turns a loaded module's generic instructions into the template JIT's {@link Op}s (the part of
 * OTP's loader transformations the templates need): type annotations dropped, BIF imports
 * resolved to {@link BifSite}s, {@code allocate_heap} split into a frame and a heap test, a
 * reduction test placed at each function's entry label. An instruction with no template fails
 * the whole module with a {@link TemplateCompileException} naming it, its module and function.
 */
public final class ModuleDecoder {
    private final BifTable bifs;
    private final AtomTable atoms;
    private final int tierId;
    private final IntSupplier handlerNumbers;

    /**
     * @param tierId the tier whose catch tags the code installs
     * @param handlerNumbers hands out tier-wide handler numbers, one per {@code try}/{@code catch}
     */
    public ModuleDecoder(BifTable bifs, AtomTable atoms, int tierId, IntSupplier handlerNumbers) {
        this.bifs = bifs;
        this.atoms = atoms;
        this.tierId = tierId;
        this.handlerNumbers = handlerNumbers;
    }

    public DecodedModule decode(LoadedModule module) {
        Set<Integer> entries = new HashSet<>();
        for (ModuleFunction function : module.functions()) {
            entries.add(function.entryIndex());
        }
        HeapFragments constants = new HeapFragments();
        Decoding d = new Decoding(module, constants);
        List<GenericInstruction> code = module.code();
        String function = "?";
        try {
            for (int i = 0; i < code.size(); i++) {
                GenericInstruction g = code.get(i);
                if (g.op() == GenericOp.FUNC_INFO) {
                    function = atoms.name(d.term(g.operand(1))) + "/" + d.unsigned(g.operand(2));
                }
                d.decode(g);
                if (entries.contains(i)) {
                    ModuleFunction f = functionAt(module, i);
                    d.ops.add(new StructureOps.FunctionEntry(module.moduleAtom(), f.functionAtom(), f.arity()));
                    d.nifCall(f);
                }
            }
        } catch (TemplateCompileException e) {
            constants.close();
            throw new TemplateCompileException("template-jit cannot compile module " + module.name() + ", function "
                    + function + ": " + e.getMessage());
        }
        return new DecodedModule(module, List.copyOf(d.ops), List.copyOf(d.sites), List.copyOf(d.funSites),
                List.copyOf(d.mapSites), List.copyOf(d.bitsSites), List.copyOf(d.handlers),
                liveXBound(module), constants);
    }

    private static ModuleFunction functionAt(LoadedModule module, int index) {
        for (ModuleFunction f : module.functions()) {
            if (f.entryIndex() == index) {
                return f;
            }
        }
        throw new IllegalStateException("no function enters at " + index);
    }

    /** One more than the highest X register named, at least each function's arity plus one. */
    static int liveXBound(LoadedModule module) {
        int bound = 1;
        for (GenericInstruction instruction : module.code()) {
            for (Operand operand : instruction.operands()) {
                bound = Math.max(bound, xBound(operand));
            }
        }
        for (ModuleFunction function : module.functions()) {
            bound = Math.max(bound, function.arity() + 1);
        }
        return Math.min(bound + 1, ErlangProcess.X_REGISTERS);
    }

    private static int xBound(Operand operand) {
        return switch (operand) {
            case Operand.XRegister x -> x.index() + 1;
            case Operand.TypedRegister t when t.register() instanceof Operand.XRegister x -> x.index() + 1;
            case Operand.OperandList list -> list.elements().stream().mapToInt(ModuleDecoder::xBound).max().orElse(0);
            default -> 0;
        };
    }

    /** The decoding of one module: its ops and BIF sites so far. */
    final class Decoding {
        final LoadedModule module;
        final HeapFragments constants;
        final List<Op> ops = new ArrayList<>();
        final List<BifSite> sites = new ArrayList<>();
        final List<CatchHandler> handlers = new ArrayList<>();
        final List<FunSite> funSites = new ArrayList<>();
        final List<MapSite> mapSites = new ArrayList<>();
        final List<BitsSite> bitsSites = new ArrayList<>();
        final BitSyntaxDecoder bits = new BitSyntaxDecoder(this);

        Decoding(LoadedModule module, HeapFragments constants) {
            this.module = module;
            this.constants = constants;
        }

        void decode(GenericInstruction g) {
            switch (g.op()) {
                case LABEL -> ops.add(new StructureOps.Label(unsigned(g.operand(0))));
                case LINE -> ops.add(new StructureOps.Line(unsigned(g.operand(0))));
                case INT_CODE_END -> { }
                // Marks a function whose body a NIF may replace (OTP pads it); see nifCall.
                case NIF_START -> { }
                // Marks the on_load function, which erlang:call_on_load_function/1 finds by it.
                case ON_LOAD -> { }
                case FUNC_INFO -> ops.add(new StructureOps.FuncInfo(term(g.operand(0)), term(g.operand(1)),
                        unsigned(g.operand(2))));
                case MOVE -> ops.add(new MoveOps.Move(source(g.operand(0)), register(g.operand(1))));
                case SWAP -> ops.add(new MoveOps.Swap(register(g.operand(0)), register(g.operand(1))));
                case INIT -> ops.add(new MoveOps.InitY(new int[] {yIndex(g.operand(0))}));
                case INIT_YREGS -> ops.add(new MoveOps.InitY(
                        list(g.operand(0)).stream().mapToInt(this::yIndex).toArray()));
                case ALLOCATE -> ops.add(new FrameOps.Allocate(unsigned(g.operand(0)), false));
                case ALLOCATE_ZERO -> ops.add(new FrameOps.Allocate(unsigned(g.operand(0)), true));
                case ALLOCATE_HEAP, ALLOCATE_HEAP_ZERO -> {
                    // The heap test before the frame exists (as BEAM's AH does): a collection must
                    // not scan the new frame's Y slots, which still hold a dead frame's words.
                    ops.add(new FrameOps.TestHeap(heapWords(g.operand(1)), unsigned(g.operand(2))));
                    ops.add(new FrameOps.Allocate(unsigned(g.operand(0)), g.op() == GenericOp.ALLOCATE_HEAP_ZERO));
                }
                case TEST_HEAP -> ops.add(new FrameOps.TestHeap(heapWords(g.operand(0)), unsigned(g.operand(1))));
                case DEALLOCATE -> ops.add(new FrameOps.Deallocate(unsigned(g.operand(0))));
                case TRIM -> ops.add(new FrameOps.Trim(unsigned(g.operand(0))));
                case CALL -> ops.add(new CallOps.Call(label(g.operand(1))));
                case CALL_ONLY -> ops.add(new CallOps.CallOnly(label(g.operand(1))));
                case CALL_LAST -> ops.add(new CallOps.CallLast(label(g.operand(1)), unsigned(g.operand(2))));
                case CALL_EXT -> ops.add(callExt(g, CallOps.BODY));
                case CALL_EXT_ONLY -> ops.add(callExt(g, CallOps.ONLY));
                case CALL_EXT_LAST -> ops.add(callExt(g, unsigned(g.operand(2))));
                case RETURN -> {
                    markLastFunCall();
                    ops.add(new CallOps.Return());
                }
                case APPLY -> ops.add(new CallOps.Apply(CallOps.APPLY_INSTRUCTION, unsigned(g.operand(0)), CallOps.BODY));
                case APPLY_LAST -> ops.add(new CallOps.Apply(CallOps.APPLY_INSTRUCTION, unsigned(g.operand(0)),
                        unsigned(g.operand(1))));
                case JUMP -> ops.add(new CallOps.Jump(label(g.operand(0))));
                case IS_INTEGER -> typeTest(g, TypeTestKind.INTEGER);
                case IS_FLOAT -> typeTest(g, TypeTestKind.FLOAT);
                case IS_NUMBER -> typeTest(g, TypeTestKind.NUMBER);
                case IS_ATOM -> typeTest(g, TypeTestKind.ATOM);
                case IS_BOOLEAN -> typeTest(g, TypeTestKind.BOOLEAN);
                case IS_TUPLE -> typeTest(g, TypeTestKind.TUPLE);
                case IS_LIST -> typeTest(g, TypeTestKind.LIST);
                case IS_NIL -> typeTest(g, TypeTestKind.NIL);
                case IS_NONEMPTY_LIST -> typeTest(g, TypeTestKind.NONEMPTY_LIST);
                case IS_PID -> typeTest(g, TypeTestKind.PID);
                case IS_PORT -> typeTest(g, TypeTestKind.PORT);
                case IS_REFERENCE -> typeTest(g, TypeTestKind.REFERENCE);
                case IS_BINARY -> typeTest(g, TypeTestKind.BINARY);
                case IS_BITSTR -> typeTest(g, TypeTestKind.BITSTRING);
                case IS_MAP -> typeTest(g, TypeTestKind.MAP);
                case IS_FUNCTION -> typeTest(g, TypeTestKind.FUNCTION);
                case IS_EQ_EXACT -> compare(g, Comparison.EQ_EXACT);
                case IS_NE_EXACT -> compare(g, Comparison.NE_EXACT);
                case IS_EQ -> compare(g, Comparison.EQ);
                case IS_NE -> compare(g, Comparison.NE);
                case IS_LT -> compare(g, Comparison.LT);
                case IS_GE -> compare(g, Comparison.GE);
                case TEST_ARITY -> ops.add(new GuardOps.TestArity(label(g.operand(0)), source(g.operand(1)),
                        unsigned(g.operand(2))));
                case IS_TAGGED_TUPLE -> ops.add(new GuardOps.IsTaggedTuple(label(g.operand(0)), source(g.operand(1)),
                        unsigned(g.operand(2)), term(g.operand(3))));
                case SELECT_VAL -> selectVal(g);
                case SELECT_TUPLE_ARITY -> ops.add(selectTupleArity(g));
                case GET_LIST -> ops.add(new DataOps.GetList(source(g.operand(0)), register(g.operand(1)),
                        register(g.operand(2))));
                case GET_HD -> ops.add(new DataOps.GetHd(source(g.operand(0)), register(g.operand(1))));
                case GET_TL -> ops.add(new DataOps.GetTl(source(g.operand(0)), register(g.operand(1))));
                case PUT_LIST -> ops.add(new DataOps.PutList(source(g.operand(0)), source(g.operand(1)),
                        register(g.operand(2))));
                case PUT_TUPLE2 -> ops.add(new DataOps.PutTuple2(register(g.operand(0)),
                        list(g.operand(1)).stream().map(this::source).toArray(Source[]::new)));
                case GET_TUPLE_ELEMENT -> ops.add(new DataOps.GetTupleElement(source(g.operand(0)),
                        unsigned(g.operand(1)), register(g.operand(2))));
                case BIF0 -> ops.add(bif(g, 0, -1));
                case BIF1 -> ops.add(bif(g, 1, -1));
                case BIF2 -> ops.add(bif(g, 2, -1));
                case GC_BIF1 -> ops.add(bif(g, 1, unsigned(g.operand(1))));
                case GC_BIF2 -> ops.add(bif(g, 2, unsigned(g.operand(1))));
                case GC_BIF3 -> ops.add(bif(g, 3, unsigned(g.operand(1))));
                case BADMATCH -> ops.add(new ErrorOps.Raise(ErrorKind.BADMATCH, source(g.operand(0))));
                case CASE_END -> ops.add(new ErrorOps.Raise(ErrorKind.CASE_END, source(g.operand(0))));
                case BADRECORD -> ops.add(new ErrorOps.Raise(ErrorKind.BADRECORD, source(g.operand(0))));
                case IF_END -> ops.add(new ErrorOps.Raise(ErrorKind.IF_END, new Constant(TermTags.NIL)));
                case TRY, CATCH -> ops.add(tryOp(g));
                case TRY_END -> ops.add(new ExceptionOps.TryEnd(yIndex(g.operand(0))));
                case TRY_CASE -> ops.add(new ExceptionOps.TryCase(yIndex(g.operand(0))));
                case TRY_CASE_END -> ops.add(new ExceptionOps.TryCaseEnd(source(g.operand(0))));
                case CATCH_END -> ops.add(new ExceptionOps.CatchEnd(yIndex(g.operand(0))));
                case RAISE -> ops.add(new ExceptionOps.Reraise(source(g.operand(0)), source(g.operand(1))));
                case BUILD_STACKTRACE -> ops.add(new ExceptionOps.BuildStacktrace());
                case RAW_RAISE -> ops.add(new ExceptionOps.RawRaise());
                case MAKE_FUN3 -> ops.add(makeFun(g));
                case FMOVE -> ops.add(floatMove(g));
                case FCONV -> ops.add(new FloatOps.FloatConvert(source(g.operand(0)), floatRegister(g.operand(1))));
                case FADD -> ops.add(floatArith(g, FloatOperation.ADD));
                case FSUB -> ops.add(floatArith(g, FloatOperation.SUBTRACT));
                case FMUL -> ops.add(floatArith(g, FloatOperation.MULTIPLY));
                case FDIV -> ops.add(floatArith(g, FloatOperation.DIVIDE));
                case FNEGATE -> ops.add(new FloatOps.FloatNegate(floatRegister(g.operand(1)), floatRegister(g.operand(2))));
                // Pre-OTP-22 float error checks: every float instruction checks its own result now.
                case FCLEARERROR, FCHECKERROR -> { }
                case SET_TUPLE_ELEMENT -> ops.add(new DataOps.SetTupleElement(source(g.operand(0)), source(g.operand(1)),
                        unsigned(g.operand(2))));
                case IS_FUNCTION2 -> ops.add(new GuardOps.IsFunction2(label(g.operand(0)), source(g.operand(1)),
                        source(g.operand(2))));
                case PUT_MAP_ASSOC -> ops.add(mapUpdate(g, MapSite.Kind.PUT_ASSOC));
                case PUT_MAP_EXACT -> ops.add(mapUpdate(g, MapSite.Kind.PUT_EXACT));
                case GET_MAP_ELEMENTS -> ops.add(getMapElements(g));
                case HAS_MAP_FIELDS -> ops.add(mapSite(new MapSite(MapSite.Kind.HAS_FIELDS, label(g.operand(0)),
                        source(g.operand(1)), null, -1, list(g.operand(2)).stream().map(this::source)
                                .toArray(Source[]::new), null, null)));
                case SEND -> ops.add(new MessageOps.Send());
                case LOOP_REC -> ops.add(new MessageOps.LoopRec(label(g.operand(0)), register(g.operand(1))));
                case LOOP_REC_END -> ops.add(new MessageOps.LoopRecEnd(label(g.operand(0))));
                case REMOVE_MESSAGE -> ops.add(new MessageOps.RemoveMessage());
                case WAIT -> ops.add(new MessageOps.Wait(label(g.operand(0))));
                case WAIT_TIMEOUT -> ops.add(new MessageOps.WaitTimeout(label(g.operand(0)), source(g.operand(1))));
                case TIMEOUT -> ops.add(new MessageOps.Timeout());
                case RECV_MARKER_RESERVE -> ops.add(new MessageOps.RecvMarkerReserve(register(g.operand(0))));
                case RECV_MARKER_BIND, RECV_MARKER_CLEAR, RECV_MARKER_USE -> { }
                case CALL_FUN2 -> ops.add(new FunOps.CallFun(unsigned(g.operand(1)), source(g.operand(2))));
                case CALL_FUN -> ops.add(new FunOps.CallFun(unsigned(g.operand(0)), new XReg(unsigned(g.operand(0)))));
                default -> {
                    if (!bits.decode(g)) {
                        throw unsupported(g);
                    }
                }
            }
        }

        /**
         * A native implemented function jbeam provides in Java, as {@code erlang:load_nif/2}
         * patches a module in erts: a function of a module other than {@code erlang} whose
         * {@code Module:Function/Arity} is in the BIF table (say {@code prim_file:get_cwd_nif/0})
         * calls the Java code and returns right after its entry; the Erlang stub behind (usually
         * {@code erlang:nif_error(undef)}) is never reached. The interpreter does the same.
         */
        void nifCall(ModuleFunction f) {
            if (module.moduleAtom() == Atoms.ERLANG) {
                return;
            }
            Bif nif = bifs.find(module.moduleAtom(), f.functionAtom(), f.arity());
            if (nif != null) {
                String name = module.name() + ":" + atoms.name(f.functionAtom()) + "/" + f.arity();
                ops.add(new CallOps.CallBif(site(new BifSite(nif, name, f.arity(), false, -1)), CallOps.ONLY));
            }
        }

        /**
         * A fun call, {@code deallocate} and this {@code return} make a tail call
         * ({@link FunOps.CallFun#deallocate}): the call drops the frame itself, so the
         * {@code deallocate} goes. A fun call right before the {@code return} is a tail call
         * with no frame ({@link CallOps#ONLY}).
         */
        private void markLastFunCall() {
            int at = ops.size() - 1;
            if (at >= 1 && ops.get(at) instanceof FrameOps.Deallocate frame
                    && ops.get(at - 1) instanceof FunOps.CallFun call && !call.last()) {
                ops.remove(at);
                ops.set(at - 1, new FunOps.CallFun(call.arity(), call.fun(), frame.yCount()));
            } else if (at >= 0 && ops.get(at) instanceof FunOps.CallFun call && !call.last()) {
                ops.set(at, new FunOps.CallFun(call.arity(), call.fun(), CallOps.ONLY));
            }
        }

        /** The name of the atom an operand holds. */
        String atomName(Operand operand) {
            return atoms.name(term(operand));
        }

        /** The name of an atom term. */
        String atomName(long atom) {
            return atoms.name(atom);
        }

        Op bitsSite(BitsSite site) {
            bitsSites.add(site);
            return new BitsOps.BitsInstruction(bitsSites.size() - 1, site.fail(), site);
        }

        private TemplateCompileException unsupported(GenericInstruction g) {
            return new TemplateCompileException("no template for instruction " + g.op().opName() + " (code offset "
                    + g.offset() + ")");
        }

        /** {@code fmove}: into a float register, out of one, or between two. */
        private Op floatMove(GenericInstruction g) {
            Operand from = g.operand(0);
            Operand to = g.operand(1);
            if (from instanceof Operand.FloatRegister f && to instanceof Operand.FloatRegister t) {
                return new FloatOps.FloatCopy(f.index(), t.index());
            }
            if (from instanceof Operand.FloatRegister f) {
                return new FloatOps.FloatStore(f.index(), register(to));
            }
            return new FloatOps.FloatLoad(source(from), floatRegister(to));
        }

        /** {@code fadd Fail A B Dst} and its kin (the fail label is always 0 since OTP 22). */
        private Op floatArith(GenericInstruction g, FloatOperation operation) {
            return new FloatOps.FloatArith(operation, floatRegister(g.operand(1)), floatRegister(g.operand(2)),
                    floatRegister(g.operand(3)));
        }

        int floatRegister(Operand operand) {
            if (operand instanceof Operand.FloatRegister f) {
                return f.index();
            }
            throw new TemplateCompileException("expected a float register, got " + operand);
        }

        /** {@code put_map_assoc}/{@code put_map_exact Fail Map Dst Live [K1 V1 ...]}. */
        private Op mapUpdate(GenericInstruction g, MapSite.Kind kind) {
            List<Operand> pairs = list(g.operand(4));
            return mapSite(new MapSite(kind, label(g.operand(0)), source(g.operand(1)), register(g.operand(2)),
                    unsigned(g.operand(3)), every(pairs, 0), every(pairs, 1), null));
        }

        /** {@code get_map_elements Fail Map [K1 Dst1 ...]}. */
        private Op getMapElements(GenericInstruction g) {
            List<Operand> pairs = list(g.operand(2));
            Register[] targets = new Register[pairs.size() / 2];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = register(pairs.get(2 * i + 1));
            }
            return mapSite(new MapSite(MapSite.Kind.GET_ELEMENTS, label(g.operand(0)), source(g.operand(1)), null,
                    -1, every(pairs, 0), null, targets));
        }

        /** Elements {@code first}, {@code first + 2}, ... of an alternating list, as sources. */
        private Source[] every(List<Operand> list, int first) {
            Source[] out = new Source[list.size() / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = source(list.get(2 * i + first));
            }
            return out;
        }

        private Op mapSite(MapSite site) {
            mapSites.add(site);
            return new MapOps.MapInstruction(mapSites.size() - 1, site.fail(), site);
        }

        /** {@code make_fun3 FunIndex Dst EnvList}. */
        private Op makeFun(GenericInstruction g) {
            ResolvedFun fun = module.funs().get(unsigned(g.operand(0)));
            Source[] environment = list(g.operand(2)).stream().map(this::source).toArray(Source[]::new);
            funSites.add(new FunSite(fun.funEntry(), fun.arity() - fun.freeCount(), environment,
                    register(g.operand(1))));
            return new FunOps.MakeFun(funSites.size() - 1);
        }

        /** {@code try}/{@code catch Y Label}: a new tier-wide handler for the label, its tag for Y. */
        private Op tryOp(GenericInstruction g) {
            int label = label(g.operand(1));
            int number = handlerNumbers.getAsInt();
            handlers.add(new CatchHandler(number, label));
            return new ExceptionOps.Try(yIndex(g.operand(0)), CatchTags.make(tierId, number), label);
        }

        private void typeTest(GenericInstruction g, TypeTestKind kind) {
            ops.add(new GuardOps.TypeTest(kind, label(g.operand(0)), source(g.operand(1))));
        }

        private void compare(GenericInstruction g, Comparison kind) {
            ops.add(new GuardOps.Compare(kind, label(g.operand(0)), source(g.operand(1)), source(g.operand(2))));
        }

        private Op callExt(GenericInstruction g, int deallocate) {
            int arity = unsigned(g.operand(0));
            ResolvedImport target = module.imports().get(unsigned(g.operand(1)));
            if (target.module().equals("erlang") && target.function().equals("apply") && (arity == 2 || arity == 3)) {
                return new CallOps.Apply(arity == 3 ? CallOps.APPLY_MFA : CallOps.APPLY_FUN, arity, deallocate);
            }
            if (target.module().equals("erlang") && target.function().equals("hibernate") && arity == 3) {
                return new CallOps.Hibernate();
            }
            if (target.module().equals("erlang") && target.function().equals("call_on_load_function")
                    && arity == 1) {
                // Not a plain BIF call: it calls the function its argument names (OTP's loader
                // rewrites it too). raise/3 is a BIF call whose exception keeps the trace given as
                // data (the CALL_BIF helper sees to it).
                return new CallOps.CallOnLoad(deallocate);
            }
            Bif bif = bifs.find(atoms.atom(target.module()), atoms.atom(target.function()), arity);
            if (bif != null) {
                String name = target.module() + ":" + target.function() + "/" + arity;
                return new CallOps.CallBif(site(new BifSite(bif, name, arity, false, -1)), deallocate,
                        name.equals("erlang:setelement/3"));
            }
            return new CallOps.CallExt(target.exportEntry(), arity, deallocate);
        }

        /**
         * A {@code bif}/{@code gc_bif}: operands Fail, [Live,] Bif, Args.., Dst.
         *
         * @param live the Live operand's value for a gc_bif, -1 for a plain bif ({@code bif0} has no
         *     fail label either: it cannot fail)
         */
        private Op bif(GenericInstruction g, int arity, int live) {
            boolean noFail = g.op() == GenericOp.BIF0;
            int bifAt = noFail ? 0 : (live < 0 ? 1 : 2);
            int fail = noFail ? 0 : label(g.operand(0));
            ResolvedImport target = module.imports().get(unsigned(g.operand(bifAt)));
            Source[] args = new Source[arity];
            for (int i = 0; i < arity; i++) {
                args[i] = source(g.operand(bifAt + 1 + i));
            }
            Register result = register(g.operand(bifAt + 1 + arity));
            Bif bif = bifs.find(atoms.atom(target.module()), atoms.atom(target.function()), arity);
            String name = target.module() + ":" + target.function() + "/" + arity;
            if (bif == null) {
                throw new TemplateCompileException("no Java BIF for " + name + " (" + g.op().opName() + ", code offset "
                        + g.offset() + ")");
            }
            if (arity > 3) {
                throw new TemplateCompileException("no template for a BIF of arity " + arity + ": " + name);
            }
            boolean increment = live >= 0 && arity == 2 && target.module().equals("erlang")
                    && Increment.isIncrement(target.function(), args[0] instanceof XReg || args[0] instanceof YReg,
                            args[1] instanceof Constant c ? c.term() : TermTags.NON_VALUE);
            int site = site(new BifSite(bif, name, arity, fail != 0, live, !increment));
            if (target.module().equals("erlang")) {
                ArithOp op = live >= 0 && arity == 2 ? ArithOp.ofBif(target.function()) : null;
                if (op != null) {
                    return new BifOps.Arith(op, fail, site, args[0], args[1], result);
                }
                TermBif access = TermBif.ofBif(target.function(), arity);
                if (access != null) {
                    return new BifOps.TermAccess(access, fail, site, args, result);
                }
            }
            return new BifOps.CallGuardBif(fail, site, args, result);
        }

        private int site(BifSite site) {
            sites.add(site);
            return sites.size() - 1;
        }

        /**
         * {@code select_val}: the immediate values become one {@link SelectOps.SelectVal} (a
         * compare of words each); a boxed value (a float, a bignum) has no word to compare, so each
         * comes first as an exact-equality test that jumps to its label when the value matches
         * ({@code is_ne_exact} with that label as its fail label), as OTP's loader does for a
         * select over literals ({@code gen_select_literals}).
         */
        private void selectVal(GenericInstruction g) {
            Source value = source(g.operand(0));
            List<Operand> pairs = list(g.operand(2));
            List<Long> values = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                long term = term(pairs.get(i));
                int target = label(pairs.get(i + 1));
                if (TermTags.isImmediate(term)) {
                    values.add(term);
                    labels.add(target);
                } else {
                    ops.add(new GuardOps.Compare(Comparison.NE_EXACT, target, value, new Constant(term)));
                }
            }
            ops.add(new SelectOps.SelectVal(value, label(g.operand(1)),
                    values.stream().mapToLong(Long::longValue).toArray(),
                    labels.stream().mapToInt(Integer::intValue).toArray()));
        }

        private Op selectTupleArity(GenericInstruction g) {
            List<Operand> pairs = list(g.operand(2));
            int[] arities = new int[pairs.size() / 2];
            int[] labels = new int[arities.length];
            for (int i = 0; i < arities.length; i++) {
                arities[i] = unsigned(pairs.get(2 * i));
                labels[i] = label(pairs.get(2 * i + 1));
            }
            return new SelectOps.SelectTupleArity(source(g.operand(0)), label(g.operand(1)), arities, labels);
        }

        Source source(Operand operand) {
            return switch (operand) {
                case Operand.XRegister x -> new XReg(x.index());
                case Operand.YRegister y -> new YReg(y.index());
                case Operand.TypedRegister t -> source(t.register());
                default -> new Constant(term(operand));
            };
        }

        Register register(Operand operand) {
            return switch (operand) {
                case Operand.XRegister x -> new XReg(x.index());
                case Operand.YRegister y -> new YReg(y.index());
                case Operand.TypedRegister t -> register(t.register());
                default -> throw new TemplateCompileException("expected a register operand, got " + operand);
            };
        }

        long term(Operand operand) {
            return switch (operand) {
                case Operand.Atom a -> module.atoms()[a.index()];
                case Operand.Nil n -> TermTags.NIL;
                case Operand.IntegerValue i -> Integers.fromLong(constants, i.value());
                case Operand.BigIntegerValue b -> Integers.fromBigInteger(constants, b.value());
                case Operand.Character c -> TermTags.makeSmall(c.codePoint());
                case Operand.FloatValue f -> Floats.make(constants, f.value());
                case Operand.Literal l -> module.literals()[l.index()];
                default -> throw new TemplateCompileException("expected a constant operand, got " + operand);
            };
        }

        int unsigned(Operand operand) {
            return switch (operand) {
                case Operand.Unsigned u -> Math.toIntExact(u.value());
                case Operand.IntegerValue i -> Math.toIntExact(i.value());
                default -> throw new TemplateCompileException("expected a number operand, got " + operand);
            };
        }

        /** A heap need: a word count, or an allocation list of words, floats (2 words) and funs (5 words besides their free variables). */
        long heapWords(Operand need) {
            if (need instanceof Operand.AllocationList list) {
                return list.words() + 2 * list.floats() + 5 * list.funs();
            }
            return unsigned(need);
        }

        int label(Operand operand) {
            if (operand instanceof Operand.Label l) {
                return l.number();
            }
            throw new TemplateCompileException("expected a label operand, got " + operand);
        }

        int yIndex(Operand operand) {
            if (operand instanceof Operand.YRegister y) {
                return y.index();
            }
            throw new TemplateCompileException("expected a Y register, got " + operand);
        }

        List<Operand> list(Operand operand) {
            if (operand instanceof Operand.OperandList l) {
                return l.elements();
            }
            throw new TemplateCompileException("expected a list operand, got " + operand);
        }
    }

}

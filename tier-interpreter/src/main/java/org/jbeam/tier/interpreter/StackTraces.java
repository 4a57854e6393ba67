package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ApplyOps;
import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.FunOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.XReg;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Builds the stack trace of an exception when it is raised, as OTP's {@code save_stacktrace}
 * and {@code build_stacktrace} (beam_common.c, erl_bif_info.c) do between them:
 * <ul>
 * <li>the first entry names where the error happened: a failing BIF as
 * {@code {M,F,Args,[{error_info,...}]}} followed by the calling instruction's function; a
 * {@code function_clause} as the function with its argument list; {@code error/2,3} as the
 * calling function with the given arguments (and {@code error_info} option); anything else as
 * the function holding the failing instruction, with its arity;</li>
 * <li>then the continuation pointers on the stack, walking outward, each consecutive
 * duplicate recorded once;</li>
 * <li>at most {@code backtrace_depth} entries in all, the first always kept.</li>
 * </ul>
 * The interpreter keeps the CP register apart from the stack (BEAM before OTP 24 did), so the
 * register counts as the top stack slot only while it is live: set by a call and not yet
 * consumed by {@code return} or an unwind ({@link ContinuationPointer#FINISH} otherwise).
 */
final class StackTraces {
    private StackTraces() {}

    /**
     * The trace of {@code e}, raised while instruction {@code pc} of the current module ran;
     * {@code []} when the heap has no room left for it (the exception may be that very
     * {@code system_limit}), so a full heap still unwinds cleanly.
     */
    static long capture(Machine m, int pc, ErlangException e) {
        long carried = m.carriedTrace;
        if (carried != TermTags.NON_VALUE) {
            m.carriedTrace = TermTags.NON_VALUE;
            return carried;
        }
        try {
            return build(m, pc, e);
        } catch (ErlangException noRoom) {
            return TermTags.NIL;
        }
    }

    private static long build(Machine m, int pc, ErlangException e) {
        Instruction instruction = pc >= 0 && pc < m.code.length ? m.code[pc] : null;
        FailedCall failed = FailedCall.of(m, instruction);
        if (failed != null && !failed.isBif(m) && !failed.undef(m, e)) {
            failed = null;
        }
        Trace trace = new Trace(m, Math.max(1, m.interpreter.backtraceDepth()));
        if (failed == null) {
            trace.add(withErrorInfo(m, current(m, pc, instruction), e));
        } else if (failed.is("erlang:raise/3")) {
            return truncated(m, failed.argument(m, 2), Math.max(1, m.interpreter.backtraceDepth()));
        } else if (failed.undef(m, e)) {
            trace.add(mfa(m, failed.module(), failed.function(), failed.arguments(m), TermTags.NIL));
        } else if (failed.raisesAsCaller()) {
            trace.add(asCaller(m, pc, failed));
        } else {
            trace.add(mfa(m, failed.module(), failed.function(), failed.arguments(m),
                    errorInfo(m, failed.module(), e.cause())));
            trace.add(locate(m, m.module, pc));
        }
        walkStack(m, trace);
        return trace.list();
    }

    /** A trace given to {@code raise/3}, cut to the depth as OTP cuts it. */
    private static long truncated(Machine m, long trace, int depth) {
        if (Lists.properLength(trace) <= depth) {
            return trace;
        }
        long[] kept = new long[depth];
        long rest = trace;
        for (int i = 0; i < depth; i++) {
            kept[i] = Lists.head(rest);
            rest = Lists.tail(rest);
        }
        return Lists.of(m.process.heap(), kept);
    }

    /** The entry with {@code {error_info, Map}} added to its location when the exception carries one. */
    private static long withErrorInfo(Machine m, long entry, ErlangException e) {
        if (e.errorInfo() == 0 || entry == TermTags.NON_VALUE) {
            return entry;
        }
        HeapAllocator heap = m.process.heap();
        long info = Tuples.make(heap, Atoms.ERROR_INFO, e.errorInfo());
        return Tuples.make(heap, Tuples.element(entry, 1), Tuples.element(entry, 2), Tuples.element(entry, 3),
                append(heap, Tuples.element(entry, 4), info));
    }

    /** The entry for an error raised by an instruction of the current function itself. */
    private static long current(Machine m, int pc, Instruction instruction) {
        CodeLocations at = m.module.locations();
        if (!at.hasFunction(pc)) {
            return TermTags.NON_VALUE;
        }
        long arguments = TermTags.makeSmall(at.functionArity(pc));
        if (instruction instanceof ErrorOps.FunctionClause) {
            arguments = registersAsList(m, at.functionArity(pc));
        }
        return mfa(m, at.moduleAtom(), at.functionName(pc), arguments, location(m, at, pc));
    }

    /** {@code error/1,2,3}, {@code exit/1}, {@code throw/1}: the caller is where it happened. */
    private static long asCaller(Machine m, int pc, FailedCall failed) {
        CodeLocations at = m.module.locations();
        if (!at.hasFunction(pc)) {
            return TermTags.NON_VALUE;
        }
        long arguments = TermTags.makeSmall(at.functionArity(pc));
        long location = location(m, at, pc);
        long given = failed.is("erlang:error/2") || failed.is("erlang:error/3") ? failed.argument(m, 1) : TermTags.NON_VALUE;
        if (TermTags.isList(given) || TermTags.isNil(given)) {
            arguments = given; // erts shows the given arguments when they are a list (even an improper one)
        }
        if (failed.is("erlang:error/3")) {
            long info = errorInfoOption(m, failed.argument(m, 2));
            if (info != TermTags.NON_VALUE) {
                location = append(m.process.heap(), location, info);
            }
        }
        return mfa(m, at.moduleAtom(), at.functionName(pc), arguments, location);
    }

    /** Adds the live CP register, then every CP in the stack frames, outward. */
    private static void walkStack(Machine m, Trace trace) {
        ErlangProcess p = m.process;
        long previous = ContinuationPointer.FINISH;
        if (p.cp() != ContinuationPointer.FINISH) {
            previous = p.cp();
            trace.add(continuationEntry(m, previous));
        }
        for (long slot = p.frame(); slot < p.stackHigh() && !trace.full(); slot += NativeMemory.WORD_BYTES) {
            long word = NativeMemory.word(slot);
            if (ContinuationPointer.isContinuation(word) && word != previous) {
                previous = word;
                trace.add(continuationEntry(m, word));
            }
        }
    }

    /** A CP's entry names the call instruction just before the return address, as the CP's tier tells. */
    private static long continuationEntry(Machine m, long cp) {
        if (cp == ContinuationPointer.FINISH) {
            return TermTags.NON_VALUE;
        }
        if (ContinuationPointer.tier(cp) != m.interpreter.id()) {
            return m.interpreter.tiers().describeContinuation(cp, m.process.heap()); // a frame of another tier
        }
        long position = ContinuationPointer.code(cp);
        return locate(m, m.interpreter.module((int) (position >>> 32)), (int) position - 1);
    }

    private static long locate(Machine m, InterpretedModule module, int index) {
        CodeLocations at = module.locations();
        if (!at.hasFunction(index)) {
            return TermTags.NON_VALUE;
        }
        return mfa(m, at.moduleAtom(), at.functionName(index), TermTags.makeSmall(at.functionArity(index)),
                location(m, at, index));
    }

    private static long location(Machine m, CodeLocations at, int index) {
        return at.location(m.process.heap(), index, Atoms.FILE, Atoms.LINE);
    }

    private static long mfa(Machine m, long module, long function, long arguments, long location) {
        return Tuples.make(m.process.heap(), module, function, arguments, location);
    }

    /**
     * {@code [{error_info, #{module => M}}]}: OTP 24+ marks BIF errors so that
     * {@code erl_error} can explain them, with the erts or the stdlib explainer by module.
     */
    private static long errorInfo(Machine m, long bifModule, long cause) {
        String explainer = switch (m.interpreter.atomName(bifModule)) {
            case "atomics", "counters", "erlang", "erts_internal", "persistent_term" -> "erl_erts_errors";
            case "code", "os" -> "erl_kernel_errors";
            case "binary", "ets", "lists", "maps", "math", "re", "unicode" -> "erl_stdlib_errors";
            default -> null;
        };
        if (explainer == null) {
            return TermTags.NIL; // erts names an explainer only for the BIF modules above
        }
        HeapAllocator heap = m.process.heap();
        long map = cause == 0
                ? Maps.fromPairs(m.process.order(), heap, new long[] {m.interpreter.atom("module")},
                        new long[] {m.interpreter.atom(explainer)})
                : Maps.fromPairs(m.process.order(), heap,
                        new long[] {m.interpreter.atom("cause"), m.interpreter.atom("module")},
                        new long[] {cause, m.interpreter.atom(explainer)});
        return Lists.of(heap, Tuples.make(heap, Atoms.ERROR_INFO, map));
    }

    /** The {@code {error_info, Info}} tuple of {@code error/3}'s option list, or NON_VALUE. */
    private static long errorInfoOption(Machine m, long options) {
        long errorInfo = Atoms.ERROR_INFO;
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (Tuples.isTuple(option) && Tuples.arity(option) == 2 && Tuples.element(option, 1) == errorInfo) {
                return option;
            }
        }
        return TermTags.NON_VALUE;
    }

    private static long append(HeapAllocator heap, long list, long last) {
        if (!TermTags.isList(list)) {
            return Lists.of(heap, last);
        }
        return Lists.cons(heap, Lists.head(list), append(heap, Lists.tail(list), last));
    }

    private static long registersAsList(Machine m, int count) {
        long list = TermTags.NIL;
        for (int k = count - 1; k >= 0; k--) {
            list = Lists.cons(m.process.heap(), m.process.x(k), list);
        }
        return list;
    }

    /** Entries gathered so far, up to the depth limit (entries OTP cannot name are counted, not kept). */
    private static final class Trace {
        private final Machine machine;
        private final long[] entries;
        private int count;
        private int kept;

        Trace(Machine machine, int depth) {
            this.machine = machine;
            this.entries = new long[depth];
        }

        void add(long entry) {
            if (count < entries.length) {
                count++;
                if (entry != TermTags.NON_VALUE) {
                    entries[kept++] = entry;
                }
            }
        }

        boolean full() {
            return count >= entries.length;
        }

        long list() {
            long list = TermTags.NIL;
            for (int i = kept - 1; i >= 0; i--) {
                list = Lists.cons(machine.process.heap(), entries[i], list);
            }
            return list;
        }
    }

    /**
     * A call instruction that failed inside a BIF, or a call to a function that does not exist,
     * with what names the callee and where its arguments are.
     */
    private record FailedCall(long module, long function, int arity, Source[] sources, String mfa,
            boolean knownBif) {
        static FailedCall of(Machine m, Instruction instruction) {
            return switch (instruction) {
                case CallOps.CallBif i -> named(m, i.name(), null);
                case CallOps.CallBifReturn i -> named(m, i.name(), null);
                case BifOps.CallGuardBif i -> named(m, i.name(), i.args());
                case BifOps.Add i -> named(m, "erlang:+/2", new Source[] {i.a(), i.b()});
                case BifOps.Subtract i -> named(m, "erlang:-/2", new Source[] {i.a(), i.b()});
                case BifOps.Length i -> named(m, "erlang:length/1", new Source[] {new XReg(i.live())});
                case CallOps.CallExt i -> exported(m, i.exportEntry());
                case CallOps.CallExtOnly i -> exported(m, i.exportEntry());
                case CallOps.CallExtLast i -> exported(m, i.exportEntry());
                case CallOps.Apply i -> applied(m, i.arity());
                case ApplyOps.ApplyMfa i -> m.appliedArity < 0 ? null : applied(m, m.appliedArity);
                case FunOps.CallFun i -> exportFun(m, m.read(i.fun()), i.arity());
                case null, default -> null;
            };
        }

        private static FailedCall named(Machine m, String name, Source[] sources) {
            int colon = name.indexOf(':');
            int slash = name.lastIndexOf('/');
            return new FailedCall(m.interpreter.atom(name.substring(0, colon)),
                    m.interpreter.atom(name.substring(colon + 1, slash)), Integer.parseInt(name.substring(slash + 1)),
                    sources, name, true);
        }

        private static FailedCall exported(Machine m, long entry) {
            return of(m, ExportEntry.module(entry), ExportEntry.function(entry), ExportEntry.arity(entry));
        }

        private static FailedCall of(Machine m, long module, long function, int arity) {
            return new FailedCall(module, function, arity, null, m.interpreter.atomName(module) + ":"
                    + m.interpreter.atomName(function) + "/" + arity, false);
        }

        /** A call of {@code fun M:F/A}, which runs a BIF or finds no code as a call_ext would. */
        private static FailedCall exportFun(Machine m, long fun, int arity) {
            if (!Funs.isExport(fun) || ExportEntry.arity(Funs.exportEntry(fun)) != arity) {
                return null;
            }
            return exported(m, Funs.exportEntry(fun));
        }

        private static FailedCall applied(Machine m, int arity) {
            long module = m.process.x(arity);
            long function = m.process.x(arity + 1);
            if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
                return null;
            }
            return of(m, module, function, arity);
        }

        boolean is(String name) {
            return name.equals(mfa);
        }

        /**
         * Whether the call never reached code: a call to an export with no code ({@code undef})
         * makes OTP's {@code error_handler} report the missing function with its arguments.
         */
        boolean undef(Machine m, ErlangException e) {
            return e.reason() == Atoms.UNDEF && !isBif(m);
        }

        boolean isBif(Machine m) {
            return knownBif || m.interpreter.bifFor(m.interpreter.exportEntry(module, function, arity)) != null;
        }

        boolean raisesAsCaller() {
            return is("erlang:error/1") || is("erlang:error/2") || is("erlang:error/3") || is("erlang:exit/1")
                    || is("erlang:throw/1");
        }

        long argument(Machine m, int k) {
            return sources == null ? m.process.x(k) : m.read(sources[k]);
        }

        long arguments(Machine m) {
            long list = TermTags.NIL;
            for (int k = arity - 1; k >= 0; k--) {
                list = Lists.cons(m.process.heap(), argument(m, k), list);
            }
            return list;
        }
    }
}

package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jbeam.arch.x86_64.asm.Golden;
import org.jbeam.tier.template.ops.ArithOp;
import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.tier.template.ops.CallOps;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.DataOps;
import org.jbeam.tier.template.ops.ExceptionOps;
import org.jbeam.tier.template.ops.FloatOperation;
import org.jbeam.tier.template.ops.FloatOps;
import org.jbeam.tier.template.ops.FrameOps;
import org.jbeam.tier.template.ops.FunOps;
import org.jbeam.tier.template.ops.GuardOps;
import org.jbeam.tier.template.ops.MessageOps;
import org.jbeam.tier.template.ops.Op;
import org.jbeam.tier.template.ops.StructureOps;
import org.jbeam.tier.template.ops.TypeTestKind;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.tier.template.backend.TemplateCompiler;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.CatchTags;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden listings of the x86-64 templates (Cranelift's filetests idea): for a few instruction
 * sequences, the code emitted, as objdump reads it, each op's code under a {@code # op} line,
 * compared with {@code src/test/resources/templates/NAME.listing}. Run with
 * {@code -Djbeam.bless=true} to rewrite the files from what the templates emit now (then review
 * the diff). Nothing is executed.
 */
class TemplateListingTest {
    private static final Path GOLDEN = Path.of("src/test/resources/templates");
    private static final int TIER = 3;
    private static final long ATOM_FIB = TermTags.makeAtom(100);
    private static final long MODULE = TermTags.makeAtom(101);
    /** A made-up export entry address, burnt into call_ext's code. */
    private static final long EXPORT_ENTRY = 0x7f00_1234_5678L;

    record Case(String name, List<Op> ops) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        XReg x0 = new XReg(0);
        XReg x1 = new XReg(1);
        YReg y0 = new YReg(0);
        Constant one = new Constant(TermTags.makeSmall(1));
        Constant two = new Constant(TermTags.makeSmall(2));
        return List.of(
                // fib(N) when N < 2 -> N; fib(N) -> fib(N - 1) + fib(N - 2).
                new Case("fib", List.of(
                        new StructureOps.Label(1),
                        new StructureOps.FuncInfo(MODULE, ATOM_FIB, 1),
                        new StructureOps.Label(2),
                        new StructureOps.FunctionEntry(MODULE, ATOM_FIB, 1),
                        new GuardOps.Compare(Comparison.LT, 3, x0, two),
                        new CallOps.Return(),
                        new StructureOps.Label(3),
                        new FrameOps.Allocate(1, false),
                        new BifOps.Arith(ArithOp.SUBTRACT, 0, 0, x0, one, x1),
                        new BifOps.Arith(ArithOp.SUBTRACT, 0, 1, x0, two, x0),
                        new CallOps.Call(2),
                        new FrameOps.Deallocate(1),
                        new CallOps.Return())),
                // Building and taking apart a list, a type test, a BIF call and a call to another module.
                new Case("lists_and_calls", List.of(
                        new StructureOps.Label(1),
                        new FrameOps.TestHeap(2, 2),
                        new DataOps.PutList(x0, x1, x0),
                        new DataOps.GetList(x0, y0, x1),
                        new GuardOps.TypeTest(TypeTestKind.NONEMPTY_LIST, 1, x1),
                        new BifOps.CallGuardBif(0, 0, new org.jbeam.tier.template.ops.Source[] {x1}, x0),
                        new CallOps.CallExt(EXPORT_ENTRY, 1, CallOps.ONLY))),
                // try ... catch around a body call; a fun call; float arithmetic; a receive loop.
                new Case("exceptions_funs_floats_receive", List.of(
                        new StructureOps.Label(1),
                        new ExceptionOps.Try(0, CatchTags.make(TIER, 7), 2),
                        new FunOps.CallFun(1, x1),
                        new ExceptionOps.TryEnd(0),
                        new StructureOps.Label(2),
                        new ExceptionOps.TryCase(0),
                        new FloatOps.FloatLoad(x0, 0),
                        new FloatOps.FloatArith(FloatOperation.MULTIPLY, 0, 0, 1),
                        new FloatOps.FloatStore(1, x0),
                        new StructureOps.Label(3),
                        new MessageOps.LoopRec(4, x0),
                        new MessageOps.RemoveMessage(),
                        new CallOps.Return(),
                        new StructureOps.Label(4),
                        new MessageOps.Wait(3))),
                // A fun called in tail position: the frame popped, the caller's CP kept.
                new Case("tail_fun_call", List.of(
                        new StructureOps.Label(1),
                        new FrameOps.Allocate(0, false),
                        new FunOps.CallFun(2, new XReg(2), 0),
                        new CallOps.Return())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void templatesEmitTheGoldenListing(Case c) throws IOException {
        X86ModuleTemplates templates = new X86ModuleTemplates(TIER);
        Emission e = templates.emission();
        List<Integer> starts = new ArrayList<>();
        for (Op op : c.ops()) {
            starts.add(e.a.position());
            TemplateCompiler.emit(templates, op);
        }
        int slowPaths = e.a.position();
        e.emitSlowPaths();
        String listing = annotate(Golden.listing(e.a.assemble(0), 0), c.ops(), starts, slowPaths);
        Path file = GOLDEN.resolve(c.name() + ".listing");
        if (Boolean.getBoolean("jbeam.bless")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, listing);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/templates/" + c.name() + ".listing")) {
            String expected = in == null ? "(no golden file; run with -Djbeam.bless=true)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, listing, "templates for " + c.name() + " (re-bless with -Djbeam.bless=true)");
        }
    }

    /** Each op's instructions under a {@code # op} line, the slow paths under {@code # slow paths}. */
    private static String annotate(List<String> instructions, List<Op> ops, List<Integer> starts, int slowPaths) {
        StringBuilder out = new StringBuilder();
        int offset = 0;
        int next = 0;
        boolean slowShown = false;
        for (String line : instructions) {
            while (next < ops.size() && starts.get(next) <= offset) {
                out.append("# ").append(describe(ops.get(next))).append('\n');
                next++;
            }
            if (!slowShown && offset >= slowPaths) {
                out.append("# slow paths\n");
                slowShown = true;
            }
            out.append(String.format("%04x  %s%n", offset, line.substring(line.indexOf(" | ") + 3)));
            offset += line.substring(0, line.indexOf(" | ")).trim().split("\\s+").length;
        }
        return out.toString();
    }

    private static String describe(Op op) {
        return op instanceof BifOps.CallGuardBif b
                ? "CallGuardBif[fail=" + b.fail() + ", site=" + b.site() + ", args=" + List.of(b.args()) + ", target="
                        + b.target() + "]"
                : op.toString();
    }
}

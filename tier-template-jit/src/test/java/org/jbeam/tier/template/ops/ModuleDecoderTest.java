package org.jbeam.tier.template.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The decoder against modules erlc compiled: a reduction test at each function's entry label,
 * gc_bif {@code +} as inline arithmetic with a BIF site for its slow path, a guard BIF as a BIF
 * site, bit syntax as bits sites, and an instruction without a template failing the module with
 * its name.
 */
class ModuleDecoderTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();

    @AfterAll
    static void free() {
        EXPORTS.close();
        FUNS.close();
    }

    @Test
    void entriesGetAReductionTestArithmeticAnInlineOpAndBifsASite() throws Exception {
        LoadedModule module = compile("dec");
        DecodedModule decoded = decoder().decode(module);
        List<Op> ops = decoded.ops();
        int entries = 0;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof StructureOps.FunctionEntry entry) {
                entries++;
                assertInstanceOf(StructureOps.Label.class, ops.get(i - 1), "a reduction test follows the entry label");
                assertEquals(module.moduleAtom(), entry.module());
            }
        }
        assertEquals(module.functions().size(), entries);
        BifOps.Arith add = ops.stream().filter(BifOps.Arith.class::isInstance).map(BifOps.Arith.class::cast)
                .findFirst().orElseThrow();
        assertEquals(ArithOp.ADD, add.op());
        assertEquals("erlang:+/2", decoded.bifSites().get(add.site()).name());
        BifOps.TermAccess element = ops.stream().filter(BifOps.TermAccess.class::isInstance)
                .map(BifOps.TermAccess.class::cast).findFirst().orElseThrow();
        assertEquals(TermBif.ELEMENT, element.bif());
        assertEquals("erlang:element/2", decoded.bifSites().get(element.site()).name());
        assertEquals(new Constant(TermTags.makeSmall(1)), element.args()[0]);
        decoded.constants().close();
    }

    @Test
    void bitSyntaxInstructionsBecomeBitsSitesWithTheirFailLabels() throws Exception {
        LoadedModule module = compile("dec_bits");
        DecodedModule decoded = decoder().decode(module);
        List<BitsOps.BitsInstruction> bits = decoded.ops().stream().filter(BitsOps.BitsInstruction.class::isInstance)
                .map(BitsOps.BitsInstruction.class::cast).toList();
        assertTrue(bits.size() >= 3, "ops: " + decoded.ops());
        for (BitsOps.BitsInstruction op : bits) {
            assertEquals(decoded.bitsSites().get(op.site()).fail(), op.fail());
        }
        BitsSite.StartMatch start = assertInstanceOf(BitsSite.StartMatch.class, decoded.bitsSites().get(0));
        assertTrue(start.fail() != 0, "bits/1's clause fails to func_info");
        BitsSite.GetInteger integer = decoded.bitsSites().stream().filter(BitsSite.GetInteger.class::isInstance)
                .map(BitsSite.GetInteger.class::cast).findFirst().orElseThrow();
        assertEquals(new Constant(TermTags.makeSmall(8)), integer.size());
        assertEquals(1, integer.unit());
        decoded.constants().close();
    }

    @Test
    void aSelectOverBoxedValuesTestsEachForExactEqualityBeforeTheImmediates() throws Exception {
        LoadedModule module = compile("dec_select");
        DecodedModule decoded = decoder().decode(module);
        List<Op> ops = decoded.ops();
        List<GuardOps.Compare> boxed = ops.stream().filter(GuardOps.Compare.class::isInstance)
                .map(GuardOps.Compare.class::cast)
                .filter(c -> c.b() instanceof Constant k && !TermTags.isImmediate(k.term())).toList();
        assertEquals(Set.of(1.5, -0.0, BigInteger.ONE.shiftLeft(60)),
                boxed.stream().map(c -> constant(((Constant) c.b()).term())).collect(Collectors.toSet()), "ops: " + ops);
        for (GuardOps.Compare compare : boxed) {
            assertEquals(Comparison.NE_EXACT, compare.kind());
            assertEquals(new XReg(0), compare.a());
            // The tests of one select come in a row, then its immediates (none for the floats).
            int next = ops.indexOf(compare) + 1;
            while (ops.get(next) instanceof GuardOps.Compare) {
                next++;
            }
            SelectOps.SelectVal select = assertInstanceOf(SelectOps.SelectVal.class, ops.get(next));
            assertEquals(new XReg(0), select.value());
            long[] immediates = Floats.isFloat(((Constant) compare.b()).term()) ? new long[0]
                    : new long[] {TermTags.makeSmall(1)};
            assertArrayEquals(immediates, select.values());
        }
        decoded.constants().close();
    }

    @Test
    void aFunCallBeforeDeallocateAndReturnIsATailCallThatDropsTheFrameItself() throws Exception {
        LoadedModule module = compile("dec_funs");
        DecodedModule decoded = decoder().decode(module);
        List<Op> ops = decoded.ops();
        List<FunOps.CallFun> calls = ops.stream().filter(FunOps.CallFun.class::isInstance)
                .map(FunOps.CallFun.class::cast).toList();
        assertEquals(2, calls.size(), "ops: " + ops);
        FunOps.CallFun tail = calls.get(0);
        assertTrue(tail.last());
        assertEquals(0, tail.deallocate());
        assertInstanceOf(CallOps.Return.class, ops.get(ops.indexOf(tail) + 1), "the deallocate is the call's");
        FunOps.CallFun body = calls.get(1);
        assertEquals(CallOps.BODY, body.deallocate());
        assertTrue(!body.last());
        decoded.constants().close();
    }

    private static Object constant(long term) {
        return Floats.isFloat(term) ? (Object) Floats.value(term) : Integers.toBigInteger(term);
    }

    /** A guard BIF this VM's table lacks (a table without {@code erlang:size/1} stands for such a build). */
    @Test
    void aModuleWithAnInstructionWithoutTemplateFailsNamingFunctionAndInstruction() throws Exception {
        LoadedModule module = compile("dec_unsupported");
        ModuleDecoder lacking = new ModuleDecoder(new BifTable(ATOMS), ATOMS, 3, new AtomicInteger()::getAndIncrement);
        TemplateCompileException e = assertThrows(TemplateCompileException.class, () -> lacking.decode(module));
        assertTrue(e.getMessage().startsWith("template-jit cannot compile module dec_unsupported, function pick/1: "
                + "no Java BIF for erlang:size/1 (gc_bif1, code offset "), e.getMessage());
    }

    private static ModuleDecoder decoder() {
        AtomicInteger handlers = new AtomicInteger();
        return new ModuleDecoder(BifTable.standard(ATOMS, EXPORTS, FUNS), ATOMS, 3, handlers::getAndIncrement);
    }

    private static LoadedModule compile(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "decoder"));
        Path source = dir.resolve(name + ".erl");
        try (InputStream in = ModuleDecoderTest.class.getResourceAsStream("/decoder/" + name + ".erl")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString()).inheritIO().start();
        assertTrue(erlc.waitFor(120, TimeUnit.SECONDS) && erlc.exitValue() == 0, "erlc failed");
        Path beam = dir.resolve(name + ".beam");
        return new BeamLoader(ATOMS, EXPORTS, FUNS).load(beam.toString(), Files.readAllBytes(beam));
    }
}

package org.jbeam.vm.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamChunk;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tiny module compiled by the real {@code erlc} and loaded, checked by hand against
 * {@code erlc -S tiny.erl} (the assembly listing OTP 25 prints for it), plus two hand-damaged
 * copies whose exact load error is known.
 */
class BeamLoaderGoldenTest {
    private static final Path WORK = Path.of("target", "golden");
    private static byte[] bytes;
    private static ExportTable exports;
    private static FunTable funs;
    private static BeamLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        Erl.compileResource("tiny.erl", WORK);
        bytes = Files.readAllBytes(WORK.resolve("tiny.beam"));
        exports = new ExportTable();
        funs = new FunTable();
        loader = new BeamLoader(new AtomTable(), exports, funs, LiteralDecoder.UNDECODED);
    }

    @AfterAll
    static void free() {
        exports.close();
        funs.close();
    }

    @Test
    void headerExportsAndFunctions() throws BeamLoadException {
        LoadedModule tiny = loader.load("tiny.beam", bytes);
        assertEquals("tiny", tiny.name());
        assertEquals(10, tiny.file().code().labelCount()); // {labels, 10}.
        assertEquals(4, tiny.file().code().functionCount());
        assertEquals(List.of("add/2@2", "module_info/0@7", "module_info/1@9", "pick/1@4"),
                tiny.exports().stream().map(e -> e.name() + "/" + e.arity() + "@" + e.label()).sorted().toList());
        assertEquals(List.of("add/2@2", "pick/1@4", "module_info/0@7", "module_info/1@9"),
                tiny.functions().stream().map(e -> e.name() + "/" + e.arity() + "@" + e.label()).toList());
    }

    @Test
    void addIsOneGcBif() throws BeamLoadException {
        LoadedModule tiny = loader.load("tiny.beam", bytes);
        // {gc_bif,'+',{f,0},2,[{x,0},{x,1}],{x,0}}.  return.
        List<GenericInstruction> body = tiny.code().subList(tiny.labelIndex(2) + 1, tiny.labelIndex(2) + 3);
        GenericInstruction add = body.get(0);
        assertEquals(GenericOp.GC_BIF2, add.op());
        int plus = (int) ((Operand.Unsigned) add.operand(2)).value();
        assertEquals("erlang:+/2", tiny.imports().get(plus).module() + ":" + tiny.imports().get(plus).function()
                + "/" + tiny.imports().get(plus).arity());
        assertEquals(List.of(new Operand.Label(0), new Operand.Unsigned(2), new Operand.Unsigned(plus),
                new Operand.XRegister(0), new Operand.XRegister(1), new Operand.XRegister(0)), add.operands());
        assertEquals(GenericOp.RETURN, body.get(1).op());
    }

    @Test
    void pickTestsATaggedTupleAndBuildsFromLiterals() throws BeamLoadException {
        LoadedModule tiny = loader.load("tiny.beam", bytes);
        GenericInstruction test = tiny.code().get(tiny.labelIndex(4) + 1);
        // {test,is_tagged_tuple,{f,5},[{x,0},2,{atom,ok}]}.
        assertEquals(GenericOp.IS_TAGGED_TUPLE, test.op());
        assertEquals(List.of(new Operand.Label(5), new Operand.XRegister(0), new Operand.Unsigned(2)),
                test.operands().subList(0, 3));
        assertEquals("ok", tiny.file().atoms().get(((Operand.Atom) test.operand(3)).index() - 1));
        // {put_list,{literal,"str"},...} and {put_list,{float,1.5},...}: both literals in OTP 25.
        List<GenericInstruction> lists = tiny.code().stream().filter(i -> i.op() == GenericOp.PUT_LIST).toList();
        assertEquals(new Operand.Nil(), lists.get(0).operand(1));
        byte[] str = tiny.rawLiterals().get(((Operand.Literal) lists.get(1).operand(0)).index());
        assertArrayEquals(new byte[] {(byte) 131, 107, 0, 3, 's', 't', 'r'}, str); // STRING_EXT "str"
        byte[] half = tiny.rawLiterals().get(((Operand.Literal) lists.get(2).operand(0)).index());
        assertArrayEquals(new byte[] {(byte) 131, 70, 0x3F, (byte) 0xF8, 0, 0, 0, 0, 0, 0}, half); // NEW_FLOAT_EXT 1.5
    }

    @Test
    void exportToAnUndefinedLabelNamesTheExportTable() {
        byte[] damaged = bytes.clone();
        BeamChunk expT = chunk("ExpT");
        ByteBuffer.wrap(damaged).putInt(expT.offset() + 4 + 8, 99); // first export's label
        BeamLoadException e = assertThrows(BeamLoadException.class, () -> loader.load("tiny.beam", damaged));
        assertEquals("tiny.beam: chunk ExpT at offset " + (expT.offset() + 4) + ": export 0 names undefined label 99",
                e.getMessage());
    }

    @Test
    void unknownOpcodeNamesTheCodeChunkAndOffset() {
        byte[] damaged = bytes.clone();
        BeamChunk code = chunk("Code");
        int first = code.offset() + 4 + 16; // after the sub-size word and the 16-byte header
        damaged[first] = (byte) 0xFF;
        BeamLoadException e = assertThrows(BeamLoadException.class, () -> loader.load("tiny.beam", damaged));
        assertEquals("tiny.beam: chunk Code at offset " + first + ": unknown opcode 255", e.getMessage());
    }

    private static BeamChunk chunk(String id) {
        try {
            return loader.load("tiny.beam", bytes).file().chunk(id).orElseThrow();
        } catch (BeamLoadException e) {
            throw new AssertionError(e);
        }
    }
}

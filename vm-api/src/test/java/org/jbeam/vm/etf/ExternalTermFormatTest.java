package org.jbeam.vm.etf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot show because it depends on jbeam's own tables or limits: safe mode
 * against jbeam's atom and export tables, option parsing, and compressed inputs whose
 * declared size lies by gigabytes.
 */
class ExternalTermFormatTest {
    private final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final HeapFragments heap = new HeapFragments();

    @AfterEach
    void release() {
        heap.close();
        exports.close();
        funs.close();
    }

    private long decode(byte[] bytes, boolean safe) {
        return ExternalTermFormat.decode(atoms, exports, funs, heap, bytes, 0, bytes.length, safe).term();
    }

    private void assertBadarg(byte[] bytes, boolean safe) {
        ErlangException e = assertThrows(ErlangException.class, () -> decode(bytes, safe));
        assertEquals(Atoms.BADARG, e.reason());
    }

    @Test
    void safeDecodingCreatesNoAtoms() {
        byte[] unknown = {(byte) 131, 100, 0, 5, 'z', 'q', 'x', 'w', 'v'};
        int before = atoms.size();
        assertBadarg(unknown, true);
        assertEquals(before, atoms.size());
        long atom = decode(unknown, false);
        assertEquals("zqxwv", atoms.name(atom));
        assertEquals(atom, decode(unknown, true));
    }

    @Test
    void safeDecodingCreatesNoExports() {
        byte[] export = {(byte) 131, 113, 100, 0, 1, 'm', 100, 0, 1, 'f', 97, 2};
        atoms.atom("m");
        atoms.atom("f");
        assertBadarg(export, true);
        assertEquals(0, exports.size());
        decode(export, false);
        assertEquals(1, exports.size());
        decode(export, true);
    }

    @Test
    void optionListsAreReadAsTermToBinaryReadsThem() {
        long options = Lists.of(heap, Atoms.COMPRESSED,
                Tuples.make(heap, Atoms.MINOR_VERSION, TermTags.makeSmall(0)), Atoms.DETERMINISTIC,
                Tuples.make(heap, Atoms.COMPRESSED, TermTags.makeSmall(3)));
        assertEquals(new EncodeOptions(0, 3, true), EncodeOptions.fromTerm(options));
        assertEquals(EncodeOptions.DEFAULT, EncodeOptions.fromTerm(TermTags.NIL));
        for (long bad : new long[] {
            Lists.of(heap, Tuples.make(heap, Atoms.MINOR_VERSION, TermTags.makeSmall(3))),
            Lists.of(heap, Tuples.make(heap, Atoms.COMPRESSED, TermTags.makeSmall(10))),
            Lists.of(heap, Atoms.OK), Lists.cons(heap, Atoms.COMPRESSED, Atoms.OK)}) {
            assertEquals(Atoms.BADARG, assertThrows(ErlangException.class, () -> EncodeOptions.fromTerm(bad)).reason());
        }
    }

    @Test
    void compressedSizeThatLiesIsBadargWithoutAllocatingIt() {
        byte[] stream = zlib(new byte[] {97, 1});
        assertBadarg(compressed(0xFFFF_FFF0L, stream), false);
        assertBadarg(compressed(0x7FFF_0000L, stream), false);
        assertBadarg(compressed(1, stream), false);
        assertEquals(TermTags.makeSmall(1), decode(compressed(2, stream), false));
    }

    @Test
    void decompressionBombStopsAtTheDeclaredSize() {
        byte[] bomb = new byte[64 << 20];
        bomb[0] = 107;
        byte[] stream = zlib(bomb);
        assertTrue(stream.length < 200_000);
        assertBadarg(compressed(100, stream), false);
    }

    @Test
    void compressedFormIsKeptOnlyWhenNotLarger() {
        long small = TermTags.makeSmall(1);
        byte[] plain = ExternalTermFormat.encode(atoms, small);
        assertArrayEquals(plain, ExternalTermFormat.encode(atoms, small, EncodeOptions.DEFAULT.withCompression(9)));
    }

    private static byte[] compressed(long declaredSize, byte[] stream) {
        byte[] bytes = new byte[6 + stream.length];
        bytes[0] = (byte) 131;
        bytes[1] = 80;
        for (int i = 0; i < 4; i++) {
            bytes[2 + i] = (byte) (declaredSize >>> (24 - 8 * i));
        }
        System.arraycopy(stream, 0, bytes, 6, stream.length);
        return bytes;
    }

    private static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9))) {
            deflater.write(data);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}

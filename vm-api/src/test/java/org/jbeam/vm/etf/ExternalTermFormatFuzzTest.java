package org.jbeam.vm.etf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: 12,000 mutations (bit flips, truncations, lying lengths, random tags,
 * corrupt compressed payloads) of valid encodings, from a fixed seed. Each must decode or
 * raise {@code error:badarg}; no other exception or error may escape, and whatever decodes
 * must encode again.
 */
class ExternalTermFormatFuzzTest {
    private static final int MUTATIONS = 12_000;
    private static final int[] TAGS = {70, 73, 75, 77, 80, 82, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 0, 255};

    @Test
    void mutatedInputsDecodeOrRaiseBadargOnly() {
        AtomTable atoms = new AtomTable();
        SplittableRandom random = new SplittableRandom(20240731L);
        List<String> escapes = new ArrayList<>();
        int rejected = 0;
        try (ExportTable exports = new ExportTable(); FunTable funs = new FunTable()) {
            List<byte[]> seeds = seeds(atoms);
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] input = mutate(random, seeds.get(random.nextInt(seeds.size())));
                try (HeapFragments heap = new HeapFragments()) {
                    TermDecoder.Decoded decoded = ExternalTermFormat.decode(atoms, exports, funs, heap, input, 0,
                            input.length, random.nextBoolean());
                    assertTrue(decoded.used() <= input.length);
                    ExternalTermFormat.encode(atoms, decoded.term());
                } catch (ErlangException e) {
                    rejected++;
                    if (e.reason() != Atoms.BADARG) {
                        escapes.add(e + " on " + HexFormat.of().formatHex(input));
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    escapes.add(e + " on " + HexFormat.of().formatHex(input));
                }
            }
        }
        assertTrue(escapes.isEmpty(), escapes.size() + " escapes, first: " + escapes.subList(0, Math.min(5, escapes.size())));
        assertTrue(rejected > MUTATIONS / 10, "mutations too mild: only " + rejected + " rejected");
    }

    @Test
    void deepNestingNeedsNoJavaStack() {
        AtomTable atoms = new AtomTable();
        try (HeapFragments heap = new HeapFragments(); ExportTable exports = new ExportTable();
                FunTable funs = new FunTable()) {
            long term = TermTags.NIL;
            for (int i = 0; i < 1_000_000; i++) {
                term = i % 2 == 0 ? Lists.cons(heap, term, TermTags.NIL) : Tuples.make(heap, term);
            }
            byte[] encoded = ExternalTermFormat.encode(atoms, term);
            byte[] again = ExternalTermFormat.encode(atoms, ExternalTermFormat.decode(atoms, exports, funs, heap, encoded));
            assertEquals(encoded.length, again.length);
            assertTrue(java.util.Arrays.equals(encoded, again));
        }
    }

    /** Valid encodings of assorted terms, plain and compressed, as the mutation seeds. */
    private static List<byte[]> seeds(AtomTable atoms) {
        List<byte[]> seeds = new ArrayList<>();
        try (HeapFragments heap = new HeapFragments()) {
            TermOrder order = new TermOrder(atoms);
            long bin = Binaries.make(heap, new byte[100]);
            long map = Maps.fromPairs(order, heap, new long[] {atoms.atom("k"), TermTags.makeSmall(1)},
                    new long[] {Floats.make(heap, 1.5), bin});
            long[] keys = new long[40];
            long[] values = new long[40];
            for (int i = 0; i < 40; i++) {
                keys[i] = TermTags.makeSmall(i);
                values[i] = atoms.atom("v" + i);
            }
            long big = Maps.fromPairs(order, heap, keys, values);
            long ref = Identifiers.localReference(heap, new long[] {1, 2, 3});
            long ext = Identifiers.externalPid(heap, atoms.atom("a@b"), 3, 7, 8);
            long[] terms = {
                Tuples.make(heap, TermTags.makeSmall(1), atoms.atom("héllo"), Lists.of(heap, TermTags.makeSmall(1),
                        TermTags.makeSmall(300))),
                Integers.fromBigInteger(heap, java.math.BigInteger.ONE.shiftLeft(200).negate()),
                map, big, ref, ext, Identifiers.localPid(5, 1), Identifiers.localPort(9),
                Binaries.subBinary(heap, bin, 3, 77), Lists.cons(heap, bin, atoms.atom("tail")),
                Tuples.make(heap, atoms.atom("漢字"), Floats.make(heap, -0.0), Lists.of(heap, ref, ext, map)),
            };
            for (long term : terms) {
                seeds.add(ExternalTermFormat.encode(atoms, term));
                seeds.add(ExternalTermFormat.encode(atoms, term, EncodeOptions.DEFAULT.withMinorVersion(0)));
                seeds.add(ExternalTermFormat.encode(atoms, Lists.of(heap, term, term, term, term),
                        EncodeOptions.DEFAULT.withCompression(6)));
            }
        }
        return seeds;
    }

    private static byte[] mutate(SplittableRandom random, byte[] seed) {
        byte[] bytes = seed.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && bytes.length > 1; r++) {
            int at = 1 + random.nextInt(bytes.length - 1);
            switch (random.nextInt(6)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> bytes[at] = (byte) TAGS[random.nextInt(TAGS.length)];
                case 3 -> {
                    int width = Math.min(4, bytes.length - at);
                    for (int i = 0; i < width; i++) {
                        bytes[at + i] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(256));
                    }
                }
                case 4 -> bytes[at] = (byte) random.nextInt(256);
                default -> {
                    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(8));
                    for (int i = bytes.length; i < longer.length; i++) {
                        longer[i] = (byte) random.nextInt(256);
                    }
                    bytes = longer;
                }
            }
        }
        return bytes;
    }
}

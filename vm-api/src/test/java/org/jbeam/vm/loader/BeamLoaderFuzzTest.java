package org.jbeam.vm.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.OtpRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds the loader 12,000 deterministically mutated copies of real OTP {@code .beam} files
 * (truncations, bit flips, byte overwrites, lying chunk sizes and counts, corrupt zlib
 * literal data, swapped and duplicated chunks, scrambled code) and requires each either to
 * load or to fail with {@link BeamLoadException}: never another exception (design
 * contract 5).
 */
class BeamLoaderFuzzTest {
    private static final long SEED = 0x6A6265616DL;
    private static final int CASES = 12_000;
    private static final int SEED_FILES = 24;

    private ExportTable exports;
    private FunTable funs;

    @BeforeEach
    void tables() {
        exports = new ExportTable();
        funs = new FunTable();
    }

    @AfterEach
    void free() {
        exports.close();
        funs.close();
    }

    @Test
    void mutatedFilesLoadOrFailWithTheLoadExceptionOnly() throws IOException {
        List<byte[]> seeds = seedFiles();
        BeamLoader loader = new BeamLoader(new AtomTable(), exports, funs);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> escapes = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = mutation.apply(original.clone(), random);
            try {
                loader.load("case-" + i, mutated).literalArea().orElseThrow().close();
            } catch (BeamLoadException e) {
                rejected++;
                assertTrue(e.getMessage().startsWith("case-" + i + ": chunk "), e.getMessage());
            } catch (Throwable t) {
                escapes.add("case " + i + " (" + mutation + "): " + t);
            }
        }
        assertEquals(List.of(), escapes.stream().limit(10).toList(), escapes.size() + " cases escaped");
        assertTrue(rejected > CASES / 2, "only " + rejected + " of " + CASES + " mutants were rejected");
    }

    /** Smallish real modules, so that many cases run quickly; sorted for determinism. */
    private static List<byte[]> seedFiles() throws IOException {
        Path lib = OtpRoot.locate().resolve("lib");
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(lib, 3)) {
            candidates = walk.filter(p -> p.toString().endsWith(".beam") && p.getParent().endsWith("ebin"))
                    .filter(p -> size(p) < 40_000).sorted().toList();
        }
        assertTrue(candidates.size() >= SEED_FILES, "too few OTP .beam files under " + lib);
        List<byte[]> seeds = new ArrayList<>();
        int step = candidates.size() / SEED_FILES;
        for (int i = 0; i < SEED_FILES; i++) {
            seeds.add(Files.readAllBytes(candidates.get(i * step)));
        }
        return seeds;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** One way of damaging a file. */
    enum Mutation {
        TRUNCATE {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
        },
        FLIP_BITS {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                for (int n = 1 + r.nextInt(8); n > 0; n--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
        },
        OVERWRITE_BYTES {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                int start = r.nextInt(b.length);
                for (int i = start; i < Math.min(b.length, start + 1 + r.nextInt(16)); i++) {
                    b[i] = (byte) r.nextInt(256);
                }
                return b;
            }
        },
        LIE_ABOUT_CHUNK_SIZE {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                int[] chunk = randomChunk(b, r);
                int size = switch (r.nextInt(3)) {
                    case 0 -> r.nextInt();
                    case 1 -> chunk[1] + r.nextInt(-8, 9);
                    default -> Integer.MAX_VALUE - r.nextInt(4);
                };
                ByteBuffer.wrap(b).putInt(chunk[0] + 4, size);
                return b;
            }
        },
        LIE_ABOUT_COUNT {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                int[] chunk = randomChunk(b, r);
                int field = chunk[0] + 8 + 4 * r.nextInt(5);
                if (field + 4 <= b.length) {
                    int value = r.nextBoolean() ? r.nextInt() : r.nextInt(-2, 4096);
                    ByteBuffer.wrap(b).putInt(field, value);
                }
                return b;
            }
        },
        CORRUPT_LITERALS {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                int[] chunk = findChunk(b, "LitT");
                if (chunk == null || chunk[1] < 8) {
                    return FLIP_BITS.apply(b, r);
                }
                int data = chunk[0] + 8;
                if (r.nextInt(4) == 0) {
                    ByteBuffer.wrap(b).putInt(data, r.nextInt());
                } else {
                    for (int n = 1 + r.nextInt(4); n > 0; n--) {
                        b[data + 4 + r.nextInt(chunk[1] - 4)] = (byte) r.nextInt(256);
                    }
                }
                return b;
            }
        },
        SWAP_OR_DUPLICATE_CHUNKS {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                List<byte[]> chunks = chunks(b);
                int i = r.nextInt(chunks.size());
                int j = r.nextInt(chunks.size());
                switch (r.nextInt(3)) {
                    case 0 -> chunks.set(i, chunks.set(j, chunks.get(i)));
                    case 1 -> chunks.add(j, chunks.get(i));
                    default -> chunks.remove(i);
                }
                return container(chunks);
            }
        },
        SCRAMBLE_CODE {
            @Override
            byte[] apply(byte[] b, SplittableRandom r) {
                int[] chunk = findChunk(b, "Code");
                if (chunk == null || chunk[1] <= 24) {
                    return FLIP_BITS.apply(b, r);
                }
                int codeStart = chunk[0] + 8 + 20;
                int codeSize = chunk[1] - 20;
                for (int n = 1 + r.nextInt(6); n > 0; n--) {
                    b[codeStart + r.nextInt(codeSize)] = (byte) r.nextInt(256);
                }
                return b;
            }
        };

        abstract byte[] apply(byte[] bytes, SplittableRandom random);

        /** {offset of chunk header, data size} of a random chunk of an intact file. */
        static int[] randomChunk(byte[] b, SplittableRandom r) {
            List<int[]> all = chunkPositions(b);
            return all.get(r.nextInt(all.size()));
        }

        static int[] findChunk(byte[] b, String id) {
            for (int[] chunk : chunkPositions(b)) {
                if (new String(b, chunk[0], 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(id)) {
                    return chunk;
                }
            }
            return null;
        }

        static List<int[]> chunkPositions(byte[] b) {
            List<int[]> positions = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.wrap(b);
            int at = 12;
            while (at + 8 <= b.length) {
                int size = buffer.getInt(at + 4);
                positions.add(new int[] {at, size});
                at += 8 + ((size + 3) & ~3);
            }
            return positions;
        }

        static List<byte[]> chunks(byte[] b) {
            List<byte[]> chunks = new ArrayList<>();
            for (int[] chunk : chunkPositions(b)) {
                int length = Math.min(b.length - chunk[0], 8 + ((chunk[1] + 3) & ~3));
                chunks.add(Arrays.copyOfRange(b, chunk[0], chunk[0] + length));
            }
            return chunks;
        }

        static byte[] container(List<byte[]> chunks) {
            int size = 4 + chunks.stream().mapToInt(c -> c.length).sum();
            ByteBuffer out = ByteBuffer.allocate(8 + size);
            out.put("FOR1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt(size)
                    .put("BEAM".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            chunks.forEach(out::put);
            return out.array();
        }
    }
}

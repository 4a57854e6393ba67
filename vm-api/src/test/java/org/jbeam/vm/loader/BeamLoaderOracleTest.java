package org.jbeam.vm.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.etf.EncodeOptions;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.beam.BeamChunk;
import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.LambdaEntry;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.OtpRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads every {@code .beam} of the OTP installation ({@code lib/*}{@code /ebin}) and compares
 * what the loader decoded with what the real OTP says about the same file, gathered in one
 * {@code erl} run by {@code beam_oracle.erl} ({@code beam_lib:all_chunks/1},
 * {@code beam_lib:chunks/2}, {@code beam_lib:md5/1}, {@code beam_disasm:file/1}): chunk list,
 * module, md5, atoms, exports, locals, imports, literal count and bytes, line table header,
 * fun table, function list and the instruction stream (names, labels, callees).
 */
class BeamLoaderOracleTest {
    private static final Path WORK = Path.of("target", "oracle");
    private static final HexFormat HEX = HexFormat.of();

    private static List<Path> files;
    private static Map<String, Map<String, String>> oracle;
    private static ExportTable exports;
    private static FunTable funs;

    @BeforeAll
    static void askErl() throws IOException, InterruptedException {
        Path root = OtpRoot.locate();
        try (Stream<Path> apps = Files.list(root.resolve("lib"))) {
            files = apps.map(app -> app.resolve("ebin")).filter(Files::isDirectory)
                    .flatMap(BeamLoaderOracleTest::beams).sorted().toList();
        }
        assertTrue(files.size() > 100, "expected the OTP libraries under " + root + ", found " + files.size() + " files");
        Erl.compileResource("beam_oracle.erl", WORK);
        Path list = WORK.resolve("files.txt");
        Path dump = WORK.resolve("dump.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Erl.run(List.of("erl", "-noshell", "-pa", WORK.toString(), "-run", "beam_oracle", "main", list.toString(),
                dump.toString()));
        oracle = parse(Files.readAllLines(dump, StandardCharsets.UTF_8));
        exports = new ExportTable();
        funs = new FunTable();
    }

    @AfterAll
    static void free() {
        exports.close();
        funs.close();
    }

    private static Stream<Path> beams(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".beam")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> parse(List<String> lines) {
        Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : lines) {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            if (key.equals("file")) {
                current = new LinkedHashMap<>();
                byFile.put(value, current);
            } else {
                current.put(key, value);
            }
        }
        return byFile;
    }

    /** {@code beam_asm} writes literals with UTF-8 atoms (minor version 2). */
    private static final EncodeOptions AS_ERLC_WRITES_LITERALS = EncodeOptions.DEFAULT.withMinorVersion(2);

    @Test
    void everyOtpModuleMatchesWhatErlSays() throws Exception {
        AtomTable atoms = new AtomTable();
        BeamLoader loader = new BeamLoader(atoms, exports, funs);
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            Map<String, String> expected = oracle.get(file.toString());
            assertTrue(expected != null, "erl said nothing about " + file);
            LoadedModule module;
            try {
                module = loader.load(file.toString(), Files.readAllBytes(file));
            } catch (BeamLoadException e) {
                mismatches.add("rejected: " + e.getMessage());
                continue;
            }
            Map<String, String> actual = describe(module);
            for (int i = 0; i < module.literals().length; i++) {
                byte[] again = ExternalTermFormat.encode(atoms, module.literals()[i], AS_ERLC_WRITES_LITERALS);
                if (!java.util.Arrays.equals(again, module.rawLiterals().get(i))) {
                    mismatches.add(file + " literal " + i + " does not re-encode to the bytes erlc wrote");
                }
            }
            module.literalArea().orElseThrow().close();
            for (Map.Entry<String, String> fact : expected.entrySet()) {
                String mine = actual.get(fact.getKey());
                if (!fact.getValue().equals(mine)) {
                    mismatches.add(file + " " + fact.getKey() + ":\n  erl:   " + abbreviate(fact.getValue())
                            + "\n  jbeam: " + abbreviate(mine) + "\n  first difference at " + firstDifference(fact.getValue(), mine));
                }
            }
        }
        assertEquals(List.of(), mismatches.stream().limit(20).toList(), mismatches.size() + " mismatches");
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
    }

    private static String firstDifference(String a, String b) {
        if (b == null) {
            return "missing";
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "'" + a.substring(from, Math.min(a.length(), i + 60)) + "' vs '" + b.substring(from, Math.min(b.length(), i + 60)) + "'";
    }

    /** The facts of {@code beam_oracle.erl}, computed from what jbeam loaded. */
    private static Map<String, String> describe(LoadedModule module) throws Exception {
        BeamFile file = module.file();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("module", hex(module.name()));
        facts.put("md5", HEX.formatHex(module.md5()));
        facts.put("chunks", join(file.chunks().stream().map(c -> c.id() + "/" + c.size())));
        facts.put("atoms", join(file.atoms().stream().map(BeamLoaderOracleTest::hex)));
        facts.put("exports", join(module.exports().stream().map(f -> fa(f.name(), f.arity(), f.label())).sorted()));
        facts.put("locals", join(module.locals().stream().map(f -> fa(f.name(), f.arity(), f.label())).sorted()));
        facts.put("imports", join(module.imports().stream()
                .map(i -> hex(i.module()) + ":" + hex(i.function()) + "/" + i.arity()).sorted()));
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        module.rawLiterals().forEach(md5::update);
        facts.put("literals", module.rawLiterals().size() + " " + hexOrDash(md5.digest()));
        facts.put("lines", module.lineTable().map(t -> t.instructionCount() + " " + (t.itemCount() - 1) + " "
                + (t.fileNames().size() - 1)).orElse("none"));
        facts.put("funs", join(file.lambdas().stream().map(l -> funFact(file, l))));
        facts.put("functions", join(module.functions().stream().map(f -> fa(f.name(), f.arity(), f.label()))));
        facts.put("code", String.join(" ", DisasmNames.tokens(module)));
        return facts;
    }

    private static String funFact(BeamFile file, LambdaEntry l) {
        return hex(file.atoms().get(l.functionAtom() - 1)) + "/" + l.arity() + "/" + l.label() + "/" + l.index()
                + "/" + l.freeCount() + "/" + Integer.toUnsignedString(l.oldUniq());
    }

    private static String fa(String name, int arity, int label) {
        return hex(name) + "/" + arity + "/" + label;
    }

    private static String join(Stream<String> parts) {
        return parts.collect(Collectors.joining(" "));
    }

    private static String hex(String text) {
        return hexOrDash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hexOrDash(byte[] bytes) {
        return bytes.length == 0 ? "-" : HEX.formatHex(bytes);
    }

    /** How {@code beam_oracle.erl} names an instruction that {@code beam_disasm} resolved. */
    static final class DisasmNames {
        private DisasmNames() {}

        /**
         * The stream without {@code int_code_end}, with one quirk of {@code beam_disasm}
         * reproduced: it collects the labels and lines before each {@code func_info} but the
         * first in reverse order ({@code get_fun/2} reverses the run twice, then once more).
         */
        static List<String> tokens(LoadedModule module) {
            List<GenericInstruction> code = module.code();
            List<String> tokens = new ArrayList<>(code.size());
            boolean firstFunction = true;
            for (int i = 0; i < code.size(); i++) {
                GenericInstruction instruction = code.get(i);
                if (instruction.op() == org.jbeam.vm.beam.GenericOp.FUNC_INFO) {
                    if (!firstFunction) {
                        int start = tokens.size();
                        while (start > 0 && isPrelude(code.get(i - (tokens.size() - start) - 1))) {
                            start--;
                        }
                        java.util.Collections.reverse(tokens.subList(start, tokens.size()));
                    }
                    firstFunction = false;
                }
                if (instruction.op() != org.jbeam.vm.beam.GenericOp.INT_CODE_END) {
                    tokens.add(token(module, instruction));
                }
            }
            return tokens;
        }

        private static boolean isPrelude(GenericInstruction instruction) {
            return instruction.op() == org.jbeam.vm.beam.GenericOp.LABEL
                    || instruction.op() == org.jbeam.vm.beam.GenericOp.LINE;
        }

        static String token(LoadedModule module, GenericInstruction i) {
            return switch (i.op()) {
                case LABEL -> "label:" + ((Operand.Unsigned) i.operand(0)).value();
                case FUNC_INFO -> "func_info:" + hex(atom(module, i.operand(0))) + ":" + hex(atom(module, i.operand(1)))
                        + ":" + ((Operand.Unsigned) i.operand(2)).value();
                case CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY -> {
                    ResolvedImport callee = module.imports().get((int) ((Operand.Unsigned) i.operand(1)).value());
                    yield i.op().opName() + ":" + hex(callee.module()) + ":" + hex(callee.function()) + ":" + callee.arity();
                }
                case BIF0, BIF1, BIF2 -> "bif";
                case GC_BIF1, GC_BIF2, GC_BIF3 -> "gc_bif";
                case FADD, FSUB, FMUL, FDIV, FNEGATE -> "arithfbif";
                default -> i.op().opName();
            };
        }

        private static String atom(LoadedModule module, Operand operand) {
            return module.file().atoms().get(((Operand.Atom) operand).index() - 1);
        }
    }
}

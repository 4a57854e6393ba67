package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jbeam.tier.template.TemplateJitOptions;
import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.tier.template.backend.TemplateCompiler;
import org.jbeam.tier.template.listing.AsmDump;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.ModuleDecoder;
import org.jbeam.tier.template.runtime.NativeModule;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the template JIT writes about its code when asked: the perf map names every compiled
 * function, the module's slow paths and the entry stub with ranges that do not overlap and lie
 * in the module's code; the asm dump lists each function under its label and each instruction as a
 * comment over its machine code. The program meanwhile prints what erl prints.
 */
@Tag("native-execution")
class TemplateJitListingsTest {
    /** A perf map line: hex start, hex size, name. */
    private record Line(long start, long size, String name) {
        static Line parse(String text) {
            String[] parts = text.split(" ", 3);
            return new Line(Long.parseUnsignedLong(parts[0], 16), Long.parseUnsignedLong(parts[1], 16), parts[2]);
        }
    }

    @Test
    void perfMapAndDumpNameTheCompiledFunctions() throws Exception {
        Path dir = ErlOracle.compile("tjit-listings", List.of("tj_listing"));
        Path map = dir.resolve("perf-test.map");
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        Files.deleteIfExists(dumps.resolve("tj_listing.asm"));
        Map<String, String> erl = ErlOracle.display(dir, "tj_listing", List.of("main"));
        try (MixedTierRunner runner = new MixedTierRunner(dir, "tj_listing"::equals)) {
            runner.jit.configure(new TemplateJitOptions(Optional.of(map), Optional.of(dumps)));
            assertEquals(erl.get("main"), runner.run("tj_listing", "main"));
            NativeModule module = runner.jit.cache().of(runner.server.module("tj_listing").orElseThrow());

            List<Line> lines = Files.readAllLines(map).stream().map(Line::parse).toList();
            Map<String, Line> byName = lines.stream().collect(Collectors.toMap(Line::name, l -> l));
            for (String name : List.of("jbeam:entry_stub", "jbeam:exit_stub", "tj_listing:main/0",
                    "tj_listing:fib/1", "tj_listing:sum/2", "tj_listing:catch_it/0", "tj_listing:module_info/0",
                    "tj_listing:module_info/1", "tj_listing:slow_paths")) {
                assertTrue(byName.containsKey(name), name + " in " + lines);
            }
            List<Line> ofModule = new ArrayList<>(lines.stream().filter(l -> l.name().startsWith("tj_listing:")).toList());
            long covered = 0;
            for (Line line : ofModule) {
                assertTrue(line.size() > 0, line.toString());
                assertTrue(line.start() >= module.start() && line.start() + line.size() <= module.end(),
                        line + " lies in the module's code");
                if (!line.name().equals("tj_listing:slow_paths") && !line.name().equals("tj_listing:module_start")) {
                    var function = module.functionAt(line.start());
                    assertEquals(line.name(), "tj_listing:" + function.name() + "/" + function.arity(),
                            "a function's range starts at its entry");
                }
                covered += line.size();
            }
            ofModule.sort((a, b) -> Long.compareUnsigned(a.start(), b.start()));
            for (int i = 1; i < ofModule.size(); i++) {
                Line before = ofModule.get(i - 1);
                assertEquals(before.start() + before.size(), ofModule.get(i).start(),
                        before.name() + " ends where " + ofModule.get(i).name() + " starts");
            }
            assertTrue(covered <= module.end() - module.start());
            Line stub = byName.get("jbeam:entry_stub");
            assertTrue(stub.start() + stub.size() <= byName.get("jbeam:exit_stub").start());

            String dump = Files.readString(dumps.resolve("tj_listing.asm"));
            assertTrue(dump.startsWith("# module tj_listing: template-jit code for x86_64 at 0x"
                    + Long.toHexString(module.start())), dump);
            assertTrue(dump.contains("\ntj_listing:fib/1:\n# Label[number="), dump);
            assertTrue(dump.contains("\n# func_info fib/1\n"), dump);
            assertTrue(dump.contains("\n# function entry sum/2\n"), dump);
            assertTrue(dump.contains("\n# Label[number="), dump);
            assertTrue(dump.contains("\n# slow paths\n"), dump);
            // Constants read as terms: sum([1, 2, 3], 0)'s list, catch_it/0's oops.
            assertTrue(dump.contains("source=[1,2,3]"), dump);
            assertTrue(dump.contains("=oops"), dump);
            // The entry of fib/1 is disassembled at its native address.
            String fibEntry = Long.toHexString(byName.get("tj_listing:fib/1").start()) + ":  ";
            assertTrue(dump.contains("\n# function entry fib/1\n" + fibEntry), dump);
        }
    }

    @Test
    void withoutObjdumpTheDumpGivesEachInstructionsBytesInHex() throws Exception {
        Path dir = ErlOracle.compile("tjit-listings-hex", List.of("tj_listing"));
        AtomTable atoms = new AtomTable();
        try (ExportTable exports = new ExportTable(); FunTable funs = new FunTable()) {
            Path beam = dir.resolve("tj_listing.beam");
            LoadedModule loaded = new BeamLoader(atoms, exports, funs).load(beam.toString(), Files.readAllBytes(beam));
            DecodedModule decoded = new ModuleDecoder(BifTable.standard(atoms, exports, funs), atoms, 3,
                    new AtomicInteger()::getAndIncrement).decode(loaded);
            CompiledModule compiled = TemplateCompiler.compile(new X86TemplateBackend(), 3, decoded);
            try {
                String dump = Files.readString(AsmDump.write(dir, decoded, compiled, atoms, "x86_64", Optional.empty()));
                assertTrue(dump.contains("\n# objdump is not on the PATH: machine code as hex bytes"), dump);
                // The reduction test at fib/1's entry: dec r14 (49 ff ce), then the jle to its slow path.
                String fibEntry = Long.toHexString(compiled.code().labelAddress(label(loaded, "fib", 1)));
                assertTrue(dump.contains("\n# function entry fib/1\n" + fibEntry + ":  49 ff ce 0f 8e"), dump);
                assertTrue(dump.contains("\ntj_listing:sum/2:\n"), dump);
            } finally {
                compiled.code().region().close();
                decoded.constants().close();
            }
        }
    }

    private static int label(LoadedModule module, String function, int arity) {
        return module.functions().stream().filter(f -> f.name().equals(function) && f.arity() == arity).findFirst()
                .orElseThrow().label();
    }
}

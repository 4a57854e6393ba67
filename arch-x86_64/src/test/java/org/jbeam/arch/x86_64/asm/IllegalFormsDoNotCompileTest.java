package org.jbeam.arch.x86_64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operand types make illegal instruction forms compile errors: each case is a legal form
 * and a minimally different illegal one, compiled by javac against the assembler; every legal
 * twin must compile (so a typo cannot make its illegal twin fail for the wrong reason) and
 * every illegal one must not.
 */
class IllegalFormsDoNotCompileTest {

    /** {legal, illegal} statements, {@code a} being an {@link Assembler}. */
    private static final Map<String, String[]> CASES = new TreeMap<>(Map.ofEntries(
            Map.entry("MixedRegisterWidths", new String[] {"a.mov(RAX, RCX)", "a.mov(RAX, ECX)"}),
            Map.entry("RegisterAndMemoryWidths", new String[] {
                    "a.add(EAX, Mem.dwordPtr(RBX, 0))", "a.add(EAX, Mem.qwordPtr(RBX, 0))"}),
            Map.entry("ThirtyTwoBitBase", new String[] {"Mem.qwordPtr(RBX, 0)", "Mem.qwordPtr(EBX, 0)"}),
            Map.entry("ByteCmov", new String[] {
                    "a.cmovcc(Condition.E, EAX, EBX)", "a.cmovcc(Condition.E, AL, BL)"}),
            Map.entry("ByteImul", new String[] {"a.imul(EAX, EBX)", "a.imul(AL, BL)"}),
            Map.entry("ShiftCountNotCl", new String[] {"a.shl(RAX, CL)", "a.shl(RAX, DL)"}),
            Map.entry("ByteOperandWithImm32", new String[] {
                    "a.add(AL, new Imm8(1))", "a.add(AL, new Imm32(1))"}),
            Map.entry("MemoryWithImm64", new String[] {
                    "a.mov(Mem.qwordPtr(RAX, 0), new Imm32(1))", "a.mov(Mem.qwordPtr(RAX, 0), new Imm64(1))"}),
            Map.entry("PushOfDword", new String[] {"a.push(RAX)", "a.push(EAX)"}),
            Map.entry("ByteMovzxDestination", new String[] {"a.movzx(EAX, BL)", "a.movzx(AL, BL)"}),
            Map.entry("MovsdOfDword", new String[] {
                    "a.movsd(Xmm.XMM0, Mem.qwordPtr(RAX, 0))", "a.movsd(Xmm.XMM0, Mem.dwordPtr(RAX, 0))"}),
            Map.entry("LeaIntoDword", new String[] {
                    "a.lea(RAX, Mem.qwordPtr(RAX, 0))", "a.lea(EAX, Mem.qwordPtr(RAX, 0))"}),
            Map.entry("MovabsIntoDword", new String[] {"a.movabs(RAX, new Imm64(1))", "a.movabs(EAX, new Imm64(1))"}),
            Map.entry("JumpThroughDword", new String[] {"a.jmp(RAX)", "a.jmp(EAX)"}),
            Map.entry("MovqOfDword", new String[] {"a.movq(Xmm.XMM1, RAX)", "a.movq(Xmm.XMM1, EAX)"}),
            Map.entry("SetccIntoDword", new String[] {"a.setcc(Condition.L, AL)", "a.setcc(Condition.L, EAX)"})));

    @Test
    void legalFormsCompileAndIllegalOnesDoNot(@TempDir Path output) throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the test needs a JDK's compiler");
        List<JavaFileObject> legal = new ArrayList<>();
        List<JavaFileObject> illegal = new ArrayList<>();
        for (Map.Entry<String, String[]> c : CASES.entrySet()) {
            legal.add(snippet("Legal" + c.getKey(), c.getValue()[0]));
            illegal.add(snippet("Illegal" + c.getKey(), c.getValue()[1]));
        }
        Path classes = Path.of(Assembler.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertEquals(Set.of(), filesWithErrors(javac, classes, output, legal), "legal twins that did not compile");
        assertEquals(CASES.size(), countClassFiles(output), "class files of the legal twins");

        Set<String> expectedToFail = new TreeSet<>();
        CASES.keySet().forEach(name -> expectedToFail.add("Illegal" + name));
        assertEquals(expectedToFail, filesWithErrors(javac, classes, output, illegal), "illegal forms that failed to compile");
    }

    private static Set<String> filesWithErrors(JavaCompiler javac, Path classes, Path output, List<JavaFileObject> sources) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        javac.getTask(null, null, diagnostics,
                List.of("-proc:none", "-d", output.toString(), "-classpath", classes.toString()),
                null, sources).call();
        Set<String> failed = new TreeSet<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
                failed.add(Path.of(d.getSource().toUri().getPath()).getFileName().toString().replace(".java", ""));
            }
        }
        return failed;
    }

    private static long countClassFiles(Path output) throws IOException {
        try (var files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".class")).count();
        }
    }

    private static JavaFileObject snippet(String className, String statement) {
        String source = """
                import org.jbeam.arch.x86_64.asm.*;
                import static org.jbeam.arch.x86_64.asm.Registers.*;
                class %s {
                    void emit(Assembler a) {
                        %s;
                    }
                }
                """.formatted(className, statement);
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}

package org.jbeam.arch.x86_64.asm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU objdump as the independent oracle of the golden tests: disassembles raw x86-64 bytes in
 * Intel syntax and gives one line per instruction, {@code "48 89 c8 | mov rax,rcx"}, with
 * runs of white space collapsed.
 */
final class Objdump {
    static final Path EXECUTABLE = Path.of("/usr/bin/objdump");
    private static final Pattern LINE = Pattern.compile("^\\s*[0-9a-f]+:\\t([0-9a-f ]+?)\\s*\\t(.*)$");

    private Objdump() {}

    /** The listing of {@code code} loaded at {@code address}. */
    static List<String> disassemble(byte[] code, long address) {
        assertTrue(Files.isExecutable(EXECUTABLE), "the golden tests need GNU objdump at " + EXECUTABLE
                + " (Debian: apt-get install binutils)");
        try {
            Path file = Files.createTempFile("jbeam-asm", ".bin");
            try {
                Files.write(file, code);
                Process process = new ProcessBuilder(EXECUTABLE.toString(), "-D", "-b", "binary",
                        "-m", "i386:x86-64", "-M", "intel", "--insn-width=16",
                        "--adjust-vma=0x" + Long.toHexString(address), file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    fail("objdump failed:\n" + output);
                }
                return instructions(output);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + EXECUTABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> instructions(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                lines.add(m.group(1).trim() + " | " + m.group(2).trim().replaceAll("\\s+", " "));
            }
        }
        return lines;
    }
}

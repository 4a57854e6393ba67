package org.jbeam.tier.template.listing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU objdump found on the PATH, reading raw machine code ({@code -D -b binary}) as Intel-syntax
 * instructions for asm dumps. The JIT has no disassembler of its own: dumps are a debugging aid,
 * and objdump knows every encoding.
 */
public final class Objdump {
    /** {@code "  7f12:\t48 89 c8   \tmov rax,rcx"}: address, bytes, instruction. */
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*\\t(.*)$");

    /** One instruction: its address, its bytes as objdump prints them, its text. */
    public record Instruction(long address, String bytes, String text) {}

    private final Path executable;

    private Objdump(Path executable) {
        this.executable = executable;
    }

    /** objdump from the PATH, if it is there. */
    public static Optional<Objdump> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, "objdump");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Objdump(candidate));
            }
        }
        return Optional.empty();
    }

    /** objdump's machine name for the JIT backend {@code arch} ({@code x86_64}, {@code aarch64}). */
    static String machine(String arch) {
        return switch (arch) {
            case "x86_64" -> "i386:x86-64";
            case "aarch64" -> "aarch64";
            default -> throw new IllegalArgumentException("objdump machine of " + arch + " unknown");
        };
    }

    /**
     * The instructions of {@code code} as loaded at {@code address}, for the backend {@code arch}.
     *
     * @throws IOException when objdump cannot run or fails
     */
    public List<Instruction> disassemble(byte[] code, long address, String arch) throws IOException {
        Path file = Files.createTempFile("jbeam-code", ".bin");
        try {
            Files.write(file, code);
            List<String> command = new ArrayList<>(List.of(executable.toString(), "-D", "-b", "binary",
                    "-m", machine(arch), "--insn-width=16", "--adjust-vma=0x" + Long.toHexString(address)));
            if (arch.equals("x86_64")) {
                command.addAll(List.of("-M", "intel"));
            }
            command.add(file.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                throw new IOException("objdump failed: " + output);
            }
            return instructions(output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while objdump ran", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<Instruction> instructions(String output) {
        List<Instruction> instructions = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                instructions.add(new Instruction(Long.parseUnsignedLong(m.group(1), 16), m.group(2).trim(),
                        m.group(3).trim().replaceAll("\\s+", " ")));
            }
        }
        return instructions;
    }
}

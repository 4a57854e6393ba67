package org.jbeam.tier.template.listing;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.Op;
import org.jbeam.tier.template.ops.StructureOps;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.DisplayPrinter;

/**
 * A compiled module's code as text, as BeamAsm's {@code +JDdump} writes it: {@code MODULE.asm}
 * with, for each instruction, a comment line naming it ({@code # op}) followed by the machine code
 * its template emitted, a {@code mod:fun/arity:} label where each function starts, and the
 * out-of-line slow paths last. The code is disassembled by objdump when it is on the PATH, else
 * written as hex bytes per instruction (a header line says which).
 */
public final class AsmDump {
    private static final int HEX_BYTES_PER_LINE = 16;
    /** Constants longer than this (a big literal list) are cut short in comments. */
    private static final int CONSTANT_TEXT_LIMIT = 80;

    private final DecodedModule module;
    private final CompiledModule compiled;
    private final AtomTable atoms;
    private final DisplayPrinter printer;
    private final StringBuilder out = new StringBuilder();
    /** By op index: the {@code mod:fun/arity:} label to write before that op, where a function's code starts. */
    private final String[] functionLabels;

    private AsmDump(DecodedModule module, CompiledModule compiled, AtomTable atoms) {
        this.module = module;
        this.compiled = compiled;
        this.atoms = atoms;
        this.printer = new DisplayPrinter(atoms);
        this.functionLabels = functionLabels(module.ops(), atoms);
    }

    /**
     * A function's code starts with the labels and line op before its {@code func_info}, so its
     * label goes before them.
     */
    private static String[] functionLabels(List<Op> ops, AtomTable atoms) {
        String[] labels = new String[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof StructureOps.FuncInfo f) {
                int start = i;
                while (start > 0 && (ops.get(start - 1) instanceof StructureOps.Label
                        || ops.get(start - 1) instanceof StructureOps.Line)) {
                    start--;
                }
                labels[start] = atoms.name(f.module()) + ":" + atoms.name(f.function()) + "/" + f.arity() + ":";
            }
        }
        return labels;
    }

    /**
     * Writes {@code directory/MODULE.asm} for {@code compiled}, the code of {@code module} for
     * the backend {@code arch}, disassembled by {@code objdump} if given.
     *
     * @return the file written
     */
    public static Path write(Path directory, DecodedModule module, CompiledModule compiled, AtomTable atoms,
            String arch, Optional<Objdump> objdump) throws IOException {
        String text = new AsmDump(module, compiled, atoms).text(arch, objdump);
        Path file = directory.resolve(module.loaded().name() + ".asm");
        Files.writeString(file, text);
        return file;
    }

    private String text(String arch, Optional<Objdump> objdump) throws IOException {
        long start = compiled.code().region().executableAddress();
        byte[] code = MemorySegment.ofAddress(start).reinterpret(compiled.codeSize()).toArray(ValueLayout.JAVA_BYTE);
        out.append("# module ").append(module.loaded().name()).append(": template-jit code for ").append(arch)
                .append(" at 0x").append(Long.toHexString(start)).append(", ").append(code.length).append(" bytes\n");
        if (objdump.isPresent()) {
            out.append("# machine code disassembled by objdump\n");
            disassembled(objdump.get().disassemble(code, start, arch), start);
        } else {
            out.append("# objdump is not on the PATH: machine code as hex bytes, one run per instruction\n");
            hex(code, start);
        }
        return out.toString();
    }

    private void disassembled(List<Objdump.Instruction> instructions, long start) {
        int next = 0;
        int[] offsets = compiled.opOffsets();
        boolean slowPathsShown = false;
        for (Objdump.Instruction instruction : instructions) {
            long offset = instruction.address() - start;
            while (next < offsets.length && offsets[next] <= offset) {
                describe(next++);
            }
            if (!slowPathsShown && offset >= compiled.slowPathsOffset()) {
                out.append("\n# slow paths\n");
                slowPathsShown = true;
            }
            out.append(String.format("%x:  %-30s %s%n", instruction.address(), instruction.bytes(), instruction.text()));
        }
        while (next < offsets.length) {
            describe(next++);
        }
    }

    private void hex(byte[] code, long start) {
        int[] offsets = compiled.opOffsets();
        for (int i = 0; i < offsets.length; i++) {
            describe(i);
            int end = i + 1 < offsets.length ? offsets[i + 1] : compiled.slowPathsOffset();
            bytes(code, start, offsets[i], end);
        }
        out.append("\n# slow paths\n");
        bytes(code, start, compiled.slowPathsOffset(), code.length);
    }

    private void bytes(byte[] code, long start, int from, int to) {
        for (int line = from; line < to; line += HEX_BYTES_PER_LINE) {
            out.append(String.format("%x: ", start + line));
            for (int i = line; i < Math.min(to, line + HEX_BYTES_PER_LINE); i++) {
                out.append(String.format(" %02x", code[i] & 0xFF));
            }
            out.append('\n');
        }
    }

    /** The comment line of op {@code index}, after a blank line and the function's label where a function starts. */
    private void describe(int index) {
        if (functionLabels[index] != null) {
            out.append('\n').append(functionLabels[index]).append('\n');
        }
        switch (module.ops().get(index)) {
            case StructureOps.FuncInfo f -> out.append("# func_info ").append(atoms.name(f.function())).append('/')
                    .append(f.arity()).append('\n');
            case StructureOps.FunctionEntry f -> out.append("# function entry ").append(atoms.name(f.function()))
                    .append('/').append(f.arity()).append('\n');
            case Op op -> out.append("# ").append(text(op)).append('\n');
        }
    }

    /**
     * {@code op} as its record prints it, but arrays (a BIF's arguments, ...) element by element
     * constants as the terms they are, registers as BEAM's listings name them ({@code x0}, {@code y1}).
     */
    String text(Op op) {
        if (!(op instanceof Record record)) {
            return String.valueOf(op);
        }
        StringBuilder text = new StringBuilder(op.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                return String.valueOf(op);
            }
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(element(value));
        }
        return text.append(']').toString();
    }

    private String element(Object value) {
        if (value instanceof Constant constant) {
            String term = printer.print(constant.term());
            return term.length() <= CONSTANT_TEXT_LIMIT ? term : term.substring(0, CONSTANT_TEXT_LIMIT) + "...";
        }
        if (value instanceof XReg x) {
            return "x" + x.index();
        }
        if (value instanceof YReg y) {
            return "y" + y.index();
        }
        if (value == null || !value.getClass().isArray()) {
            return String.valueOf(value);
        }
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(value); i++) {
            text.append(i == 0 ? "" : ", ").append(element(Array.get(value, i)));
        }
        return text.append(']').toString();
    }
}

package org.jbeam.tier.template.listing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jbeam.tier.template.backend.CodeSymbol;
import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;

/**
 * Linux perf's map of JIT code ({@code tools/perf/Documentation/jit-interface.txt}): the file
 * {@code /tmp/perf-PID.map}, one line {@code START SIZE NAME} per symbol, start and size in hex
 * without {@code 0x}. perf reads it when it reports, so lines are appended as modules compile;
 * each module's lines go out in one write under one lock, so schedulers compiling at the same
 * time never interleave them.
 */
public final class PerfMap implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;

    /** Opens {@code file} afresh (a map left by an earlier process with the same pid is stale). */
    public PerfMap(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The file perf looks for: {@code /tmp/perf-PID.map} of this JVM. */
    public static Path fileOfThisProcess() {
        return Path.of("/tmp", "perf-" + ProcessHandle.current().pid() + ".map");
    }

    public Path file() {
        return file;
    }

    /** Appends one line per symbol, all in one write. */
    public synchronized void append(List<CodeSymbol> symbols) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (CodeSymbol symbol : symbols) {
            lines.append(Long.toHexString(symbol.address())).append(' ').append(Long.toHexString(symbol.size()))
                    .append(' ').append(symbol.name()).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * The symbols of a compiled module: each function {@code mod:fun/arity} from its entry to the
     * next function's entry (the last to the slow paths), the code before the first entry (the
     * first function's {@code func_info}) as {@code mod:module_start}, and the out-of-line slow
     * paths of every function as {@code mod:slow_paths}.
     */
    public static List<CodeSymbol> symbols(LoadedModule module, CompiledModule compiled) {
        long start = compiled.code().region().executableAddress();
        List<ModuleFunction> functions = new ArrayList<>(module.functions());
        functions.sort(Comparator.comparingLong(f -> compiled.code().labelAddress(f.label())));
        List<CodeSymbol> symbols = new ArrayList<>();
        long slowPaths = start + compiled.slowPathsOffset();
        long previous = start;
        String previousName = module.name() + ":module_start";
        for (ModuleFunction function : functions) {
            long entry = compiled.code().labelAddress(function.label());
            add(symbols, previousName, previous, entry);
            previous = entry;
            previousName = module.name() + ":" + function.name() + "/" + function.arity();
        }
        add(symbols, previousName, previous, slowPaths);
        add(symbols, module.name() + ":slow_paths", slowPaths, start + compiled.codeSize());
        return symbols;
    }

    private static void add(List<CodeSymbol> symbols, String name, long from, long to) {
        if (to > from) {
            symbols.add(new CodeSymbol(name, from, to - from));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}

package org.jbeam.config;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.SettingsFlags;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;

/**
 * {@code jbeam [FLAGS] FILE.erl [ARGS...]}: compiles the file with {@code erlc} into a temporary
 * directory (its messages and exit status 1 on a compile error are erlc's own), or, where no
 * {@code erlc} is installed, with OTP's compiler running on jbeam itself
 * ({@code compile:file/2} with {@code report}, which prints the same messages); then boots as
 * {@code erl -noshell -pa DIR} and calls the module's {@code main/1} with the arguments as
 * strings ({@code -run Mod main ARGS...}), as {@code escript} does, or its {@code main/0} when it
 * has no {@code main/1}, and stops the system ({@code -s init stop}) when that returns. An
 * uncaught error ends the run as in erl: init's report and exit status 1.
 */
final class RunFileCommand {
    private final PrintStream out;
    private final PrintStream err;

    RunFileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(SettingsFlags flags, LaunchEnvironment environment) {
        Path source = environment.workingDirectory().resolve(flags.rest().getFirst());
        List<String> arguments = flags.rest().subList(1, flags.rest().size());
        if (!Files.isRegularFile(source)) {
            err.println("jbeam: " + source + ": no such file");
            return ErlCommand.INIT_DIED;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("jbeam-run-");
        } catch (IOException e) {
            err.println("jbeam: cannot make a directory for the compiled module: " + e.getMessage());
            return ErlCommand.INIT_DIED;
        }
        try {
            int compiled = compile(source, dir, flags, environment);
            if (compiled != 0) {
                return ErlCommand.INIT_DIED;
            }
            String module = source.getFileName().toString().replaceFirst("\\.erl$", "");
            List<String> erlArgs = new ArrayList<>(List.of("-noshell", "-pa", dir.toString()));
            if (exportsMainOne(dir.resolve(module + ".beam"))) {
                erlArgs.addAll(List.of("-run", module, "main"));
                erlArgs.addAll(arguments);
            } else {
                erlArgs.addAll(List.of("-s", module, "main"));
            }
            erlArgs.addAll(List.of("-s", "init", "stop"));
            SettingsFlags erlFlags = new SettingsFlags(flags.configFile(), flags.settings(), erlArgs);
            return new ErlCommand(out, err, null).run(erlFlags, environment);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Runs erlc (its output goes to our streams as it would to a terminal), or the compiler on jbeam. */
    private int compile(Path source, Path dir, SettingsFlags flags, LaunchEnvironment environment) {
        Process erlc;
        try {
            erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return compileOnJbeam(source, dir, flags, environment);
        }
        try {
            erlc.getInputStream().transferTo(out);
            out.flush();
            return erlc.waitFor();
        } catch (IOException e) {
            err.println("jbeam: erlc failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** OTP's compiler on jbeam: {@code compile:file(Source, [{outdir, Dir}, report])}, status 0 or 1. */
    private int compileOnJbeam(Path source, Path dir, SettingsFlags flags, LaunchEnvironment environment) {
        String expression = "case compile:file(\"" + escaped(source) + "\", [{outdir, \"" + escaped(dir)
                + "\"}, report]) of {ok, _} -> halt(0); _ -> halt(1) end.";
        List<String> erlArgs = List.of("-noshell", "-eval", expression);
        return new ErlCommand(out, err, null).run(new SettingsFlags(flags.configFile(), flags.settings(), erlArgs),
                environment);
    }

    private static String escaped(Path path) {
        return path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static boolean exportsMainOne(Path beam) {
        AtomTable atoms = new AtomTable();
        try (ExportTable exports = new ExportTable(); FunTable funs = new FunTable()) {
            LoadedModule module = new BeamLoader(atoms, exports, funs).load(beam.toString(), Files.readAllBytes(beam));
            return module.export("main", 1).isPresent();
        } catch (IOException | BeamLoadException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}

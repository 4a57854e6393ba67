package org.jbeam.config;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line entry point of {@code jbeam.jar}: picks the subcommand and hands it the
 * remaining arguments. Exit status 2 is a usage error.
 */
public final class Launcher {
    /** Exit status for a command line that names no known subcommand or lacks arguments. */
    public static final int USAGE_ERROR = 2;

    private static final String USAGE = """
            usage: jbeam COMMAND [ARGS...]
            commands:
              check PATH...   load and validate .beam files (directories are searched recursively)""";

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err, "no command given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "check" -> rest.isEmpty() ? usage(err, "check needs at least one PATH") : new CheckCommand(out).run(rest);
            default -> usage(err, "unknown command " + args[0]);
        };
    }

    private static int usage(PrintStream err, String problem) {
        err.println("jbeam: " + problem);
        err.println(USAGE);
        return USAGE_ERROR;
    }
}

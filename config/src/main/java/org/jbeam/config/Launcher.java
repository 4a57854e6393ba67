package org.jbeam.config;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.SettingsFlags;

/**
 * The command-line entry point of {@code jbeam.jar}: picks the subcommand and hands it the
 * remaining arguments. Exit status 2 is a usage or configuration error.
 */
public final class Launcher {
    /** Exit status for a command line that names no known subcommand or lacks arguments. */
    public static final int USAGE_ERROR = 2;

    private static final String USAGE = """
            usage: jbeam COMMAND [ARGS...]
                   jbeam [CONFIGURATION FLAGS] ERL-FLAGS...   (runs like erl, e.g. -noshell -s M F -s init stop)
                   jbeam [CONFIGURATION FLAGS] FILE.erl [ARGS...]   (compiles with erlc, runs main/1 or main/0)
            commands:
              check PATH...    load and validate .beam files (directories are searched recursively)
              config [FLAGS]   print the effective configuration and where each value came from
              tiers            list the execution tiers of this build and whether each runs here
            configuration flags:
              -config FILE     the configuration file (default ./vm.conf, else $JBEAM_CONFIG)
              -tier NAME       the default tier (jbeam.tier)
              -S N             scheduler threads, 0 = one per core (jbeam.schedulers)
              -c KEY=VALUE     any setting, VALUE in HOCON syntax (e.g. -c template-jit.perf-map=true)""";

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line in this process's environment; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, LaunchEnvironment.ofThisProcess());
    }

    /**
     * Runs the command line; the environment gives the working directory, the environment
     * variables and the class loader tiers are discovered with. Returns the exit status.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, LaunchEnvironment environment) {
        if (args.length == 0) {
            return usage(err, "no command given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "check" -> rest.isEmpty() ? usage(err, "check needs at least one PATH") : new CheckCommand(out).run(rest);
            case "config" -> config(rest, out, err, environment);
            case "tiers" -> rest.isEmpty() ? new TiersCommand(out, err).run(environment.classLoader())
                    : usage(err, "tiers takes no arguments");
            default -> args[0].startsWith("-") || args[0].endsWith(".erl") ? erl(Arrays.asList(args), out, err, environment)
                    : usage(err, "unknown command " + args[0]);
        };
    }

    /** An erl command line (after jbeam's configuration flags): boots the VM as erl does. */
    private static int erl(List<String> args, PrintStream out, PrintStream err, LaunchEnvironment environment) {
        SettingsFlags flags;
        try {
            flags = SettingsFlags.parse(args);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (!flags.rest().isEmpty() && flags.rest().getFirst().endsWith(".erl")) {
            return new RunFileCommand(out, err).run(flags, environment);
        }
        return new ErlCommand(out, err, null).run(flags, environment);
    }

    private static int config(List<String> args, PrintStream out, PrintStream err, LaunchEnvironment environment) {
        SettingsFlags flags;
        try {
            flags = SettingsFlags.parse(args);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (!flags.rest().isEmpty()) {
            return usage(err, "config takes only configuration flags, not " + flags.rest().getFirst());
        }
        return new ConfigCommand(out, err).run(flags, environment);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("jbeam: " + problem);
        err.println(USAGE);
        return USAGE_ERROR;
    }
}

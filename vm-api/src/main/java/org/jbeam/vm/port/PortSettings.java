package org.jbeam.vm.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code PortSettings} of {@code open_port/2} (OTP's {@code erl_bif_port.c},
 * {@code open_port}): a proper list of known options, the last one winning where they
 * conflict; anything else is {@code badopt}.
 */
final class PortSettings {
    /** Length header size of {@code {packet, N}} (1, 2 or 4), or 0. */
    int packet;
    /** Line length of {@code {line, L}}, or 0 when not in line mode. */
    int line;
    boolean binary;
    boolean eof;
    boolean exitStatus;
    boolean stderrToStdout;
    boolean in;
    boolean out;
    String cd;
    /** {@code {env, Env}}: variable to value, null to unset it. */
    final Map<String, String> env = new LinkedHashMap<>();
    /** {@code {args, Args}}, or null when not given. */
    List<String> args;

    /** Reads {@code term}; throws {@link OpenFailure} badopt (or badarg) for a bad one. */
    static PortSettings parse(long term, AtomTable atoms) {
        PortSettings settings = new PortSettings();
        if (Lists.properLength(term) < 0) {
            throw OpenFailure.badopt("port settings must be a proper list");
        }
        for (long rest = term; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (TermTags.isAtom(option)) {
                settings.flag(atoms.name(option));
            } else if (Tuples.isTuple(option) && Tuples.arity(option) == 2 && TermTags.isAtom(Tuples.element(option, 1))) {
                settings.pair(atoms.name(Tuples.element(option, 1)), Tuples.element(option, 2), atoms);
            } else {
                throw OpenFailure.badopt("unknown port option");
            }
        }
        if (!settings.in && !settings.out) {
            settings.in = true;
            settings.out = true;
        }
        return settings;
    }

    private void flag(String name) {
        switch (name) {
            case "stream" -> packet = 0;
            case "binary" -> binary = true;
            case "eof" -> eof = true;
            case "exit_status" -> exitStatus = true;
            case "stderr_to_stdout" -> stderrToStdout = true;
            case "in" -> in = true;
            case "out" -> out = true;
            case "use_stdio", "hide", "overlapped_io" -> {
                // use_stdio is the only mode jbeam has; hide and overlapped_io concern Windows.
            }
            default -> throw OpenFailure.badopt("unknown port option " + name);
        }
    }

    private void pair(String name, long value, AtomTable atoms) {
        switch (name) {
            case "packet" -> packet = packetSize(value);
            case "line" -> {
                if (!TermTags.isSmall(value) || TermTags.smallValue(value) <= 0
                        || TermTags.smallValue(value) > Integer.MAX_VALUE) {
                    throw OpenFailure.badopt("{line, L} needs a positive L");
                }
                line = (int) TermTags.smallValue(value);
            }
            case "cd" -> cd = text(value, atoms, "cd");
            case "env" -> environment(value, atoms);
            case "args" -> args = texts(value, atoms);
            case "arg0" -> text(value, atoms, "arg0");
            case "parallelism" -> requireBoolean(value, atoms);
            case "busy_limits_port", "busy_limits_msgq" -> {
                // Flow control thresholds: jbeam's ports never report busy.
            }
            default -> throw OpenFailure.badopt("unknown port option " + name);
        }
    }

    private static int packetSize(long value) {
        long n = TermTags.isSmall(value) ? TermTags.smallValue(value) : -1;
        if (n != 1 && n != 2 && n != 4) {
            throw OpenFailure.badopt("{packet, N} needs N of 1, 2 or 4");
        }
        return (int) n;
    }

    private static void requireBoolean(long value, AtomTable atoms) {
        if (!TermTags.isAtom(value) || !(atoms.name(value).equals("true") || atoms.name(value).equals("false"))) {
            throw OpenFailure.badopt("{parallelism, B} needs a boolean");
        }
    }

    private static String text(long value, AtomTable atoms, String option) {
        String text = PortText.string(value, atoms);
        if (text == null) {
            throw OpenFailure.badopt(option + " needs a string");
        }
        return text;
    }

    private static List<String> texts(long list, AtomTable atoms) {
        if (Lists.properLength(list) < 0) {
            throw OpenFailure.badopt("args must be a list");
        }
        List<String> texts = new ArrayList<>();
        for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
            texts.add(text(Lists.head(rest), atoms, "args"));
        }
        return texts;
    }

    private void environment(long list, AtomTable atoms) {
        if (Lists.properLength(list) < 0) {
            throw OpenFailure.badopt("env must be a list");
        }
        for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long pair = Lists.head(rest);
            if (!Tuples.isTuple(pair) || Tuples.arity(pair) != 2) {
                throw OpenFailure.badopt("env entries are {Name, Value}");
            }
            String variable = text(Tuples.element(pair, 1), null, "env");
            long value = Tuples.element(pair, 2);
            env.put(variable, TermTags.isAtom(value) && atoms.name(value).equals("false") ? null
                    : text(value, null, "env"));
        }
    }
}

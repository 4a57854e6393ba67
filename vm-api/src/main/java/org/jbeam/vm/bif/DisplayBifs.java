package org.jbeam.vm.bif;

import java.io.PrintStream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;

/**
 * {@code erlang:display/1} and {@code erlang:display_string/1}, the emulator's own debug output
 * that boot uses before any io server exists (OTP 25's {@code display_1} writes the term and a
 * line end to stdout, which erl writes as CR LF even to a pipe; {@code display_string_1} writes a
 * string to stderr). They bypass the io system, as in erl.
 */
public final class DisplayBifs {
    private DisplayBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        DisplayPrinter text = DisplayPrinter.forBytes(atoms);
        t.register("erlang", "display", 1, (p, a) -> {
            byte[] line = text.printBytes(a[0]);
            synchronized (System.out) {
                System.out.write(line, 0, line.length);
                System.out.write('\r');
                System.out.write('\n');
                System.out.flush();
            }
            return Atoms.TRUE;
        });
        t.register("erlang", "display_string", 1, (p, a) -> {
            print(System.err, TermText.string(a[0]));
            return Atoms.TRUE;
        });
    }

    private static void print(PrintStream stream, String text) {
        stream.print(text);
        stream.flush();
    }

}

package org.jbeam.tier.interpreter;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Calls of functions that have no code, as erts makes them ({@code call_error_handler} in
 * {@code beam_common.c}): with {@link org.jbeam.vm.code.DemandLoading#ERROR_HANDLER} the call
 * {@code M:F(A1, ..., An)} becomes {@code error_handler:undefined_function(M, F, [A1, ..., An])},
 * same continuation, so the Erlang code server loads the module (or the handler raises
 * {@code undef} with the trace erl shows). In the standalone mode the call goes on unchanged and
 * the interpreter loads from the Java code path.
 */
final class UndefinedFunctions {
    private UndefinedFunctions() {}

    /** The entry to enter instead of {@code entry}, with the X registers rearranged for it. */
    static long redirect(Interpreter interpreter, ErlangProcess process, long entry) {
        if (interpreter.hasCode(entry) || !interpreter.loadsThroughErrorHandler() || interpreter.bifFor(entry) != null) {
            return entry;
        }
        long handler = interpreter.exportEntry(interpreter.atom("error_handler"),
                interpreter.atom("undefined_function"), 3);
        if (!interpreter.hasCode(handler)) {
            // Nothing can load the module: what erts does when the handler itself is missing.
            throw ErlangException.error(Atoms.UNDEF, "no error_handler to load the module of "
                    + interpreter.atomName(ExportEntry.module(entry)) + ":" + interpreter.atomName(ExportEntry.function(entry))
                    + "/" + ExportEntry.arity(entry));
        }
        int arity = ExportEntry.arity(entry);
        long arguments = TermTags.NIL;
        for (int k = arity - 1; k >= 0; k--) {
            arguments = Lists.cons(process.heap(), process.x(k), arguments);
        }
        process.setX(0, ExportEntry.module(entry));
        process.setX(1, ExportEntry.function(entry));
        process.setX(2, arguments);
        return handler;
    }
}

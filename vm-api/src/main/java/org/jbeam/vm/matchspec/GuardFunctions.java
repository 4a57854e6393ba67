package org.jbeam.vm.matchspec;

import java.util.Map;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The functions a match specification may call in the table dialect: {@code erl_db_util.c}'s
 * {@code guard_tab} entries flagged for tables, each the BIF of the same name in module
 * {@code erlang} (OTP calls the same C functions). {@code size/1} and {@code is_record/3},
 * which no Erlang code reaches as BIFs (the compiler turns them into instructions), are
 * implemented here. It also names the trace dialect's special forms and functions, which a
 * table match specification may not use.
 */
final class GuardFunctions {
    /** {@code erlang} BIFs callable from a table match specification, as name/arity. */
    private static final String[] TABLE_FUNCTIONS = {
        "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1", "is_pid/1", "is_port/1",
        "is_reference/1", "is_tuple/1", "is_map/1", "is_binary/1", "is_function/1", "abs/1", "element/2",
        "hd/1", "length/1", "map_get/2", "map_size/1", "is_map_key/2", "node/1", "node/0", "round/1",
        "bit_size/1", "byte_size/1", "tl/1", "trunc/1", "float/1", "binary_part/2", "binary_part/3",
        "+/1", "-/1", "+/2", "-/2", "*/2", "//2", "div/2", "rem/2", "band/2", "bor/2", "bxor/2", "bnot/1",
        "bsl/2", "bsr/2", ">/2", ">=/2", "</2", "=</2", "=:=/2", "==/2", "=/=/2", "/=/2", "not/1", "xor/2",
    };

    /** Functions of {@code guard_tab} that only trace match specifications may call. */
    private static final Set<String> TRACE_FUNCTIONS = Set.of("get_tcw/0", "set_tcw/1", "set_tcw_fake/1");

    /**
     * The trace dialect's special forms; {@code set_seq_token} is reported under the name
     * {@code set_seq_trace}, as OTP 25's compiler words its error.
     */
    private static final Map<String, String> TRACE_FORMS = Map.ofEntries(
            Map.entry("message", "message"), Map.entry("return_trace", "return_trace"),
            Map.entry("exception_trace", "exception_trace"), Map.entry("display", "display"),
            Map.entry("process_dump", "process_dump"), Map.entry("is_seq_trace", "is_seq_trace"),
            Map.entry("set_seq_token", "set_seq_trace"), Map.entry("get_seq_token", "get_seq_token"),
            Map.entry("enable_trace", "enable_trace"), Map.entry("disable_trace", "disable_trace"),
            Map.entry("trace", "trace"), Map.entry("caller", "caller"), Map.entry("caller_line", "caller_line"),
            Map.entry("current_stacktrace", "current_stacktrace"), Map.entry("silent", "silent"));

    private final AtomTable atoms;
    private final BifTable bifs;
    private final long erlang;
    private final Set<String> allowed = Set.of(TABLE_FUNCTIONS);

    /** Looks the BIFs up in {@code bifs} when a specification is compiled, when every BIF is registered. */
    GuardFunctions(AtomTable atoms, BifTable bifs) {
        this.atoms = atoms;
        this.bifs = bifs;
        this.erlang = atoms.atom("erlang");
    }

    /** The function {@code name/arity}, or null when a table match specification may not call it. */
    Bif find(String name, int arity) {
        if (name.equals("size") && arity == 1) {
            return GuardFunctions::size;
        }
        if (name.equals("is_record") && arity == 3) {
            return GuardFunctions::isRecord;
        }
        return allowed.contains(name + "/" + arity) ? bifs.find(erlang, atoms.atom(name), arity) : null;
    }

    /** Whether {@code name/arity} is a function only the trace dialect may call. */
    static boolean isTraceFunction(String name, int arity) {
        return TRACE_FUNCTIONS.contains(name + "/" + arity);
    }

    /** The name OTP's error gives the trace special form {@code name}, or null when it is none. */
    static String traceForm(String name) {
        return TRACE_FORMS.get(name);
    }

    /** {@code size/1}: a tuple's arity or a binary's byte count. */
    private static long size(ErlangProcess p, long[] a) {
        if (Tuples.isTuple(a[0])) {
            return TermTags.makeSmall(Tuples.arity(a[0]));
        }
        if (Binaries.isBinaryTerm(a[0])) {
            return TermTags.makeSmall(Binaries.byteSize(a[0]));
        }
        throw ErlangException.badarg("size/1: not a tuple or binary");
    }

    /** {@code is_record(Term, Tag, Size)}: a tuple of {@code Size} elements whose first is {@code Tag}. */
    private static long isRecord(ErlangProcess p, long[] a) {
        if (!TermTags.isAtom(a[1]) || !TermTags.isSmall(a[2])) {
            throw ErlangException.badarg("is_record/3: the tag must be an atom and the size an integer");
        }
        return Atoms.bool(Tuples.isTuple(a[0]) && Tuples.arity(a[0]) == TermTags.smallValue(a[2])
                && Tuples.arity(a[0]) > 0 && Tuples.element(a[0], 1) == a[1]);
    }
}

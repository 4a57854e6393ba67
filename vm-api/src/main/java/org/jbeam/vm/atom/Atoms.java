package org.jbeam.vm.atom;

import java.util.List;

import org.jbeam.vm.term.TermTags;

/**
 * Atoms the runtime names in Java code. Every {@link AtomTable} interns these first, in this
 * order, so each constant is the same term in every table.
 */
public final class Atoms {
    private Atoms() {}

    /** The names, in index order; index 0 is the empty atom {@code ''}. */
    static final List<String> NAMES = List.of(
            "", "false", "true", "undefined", "ok", "error", "exit", "throw",
            "badarg", "badarith", "system_limit", "nonode@nohost", "nil",
            "infinity", "normal", "kill", "killed", "noproc", "badmatch",
            "case_clause", "if_clause", "function_clause", "badfun", "badarity",
            "undef", "badkey", "badmap", "try_clause", "erlang", "safe", "used",
            "compressed", "minor_version", "deterministic", "local", "EXIT",
            "DOWN", "fun", "module", "name", "arity", "env", "type", "new_index",
            "new_uniq", "index", "uniq", "pid", "external", "internal", "file", "line",
            "error_info");

    public static final long EMPTY = atom(0);
    public static final long FALSE = atom(1);
    public static final long TRUE = atom(2);
    public static final long UNDEFINED = atom(3);
    public static final long OK = atom(4);
    public static final long ERROR = atom(5);
    public static final long EXIT = atom(6);
    public static final long THROW = atom(7);
    public static final long BADARG = atom(8);
    public static final long BADARITH = atom(9);
    public static final long SYSTEM_LIMIT = atom(10);
    public static final long NONODE = atom(11);
    public static final long NIL = atom(12);
    public static final long INFINITY = atom(13);
    public static final long NORMAL = atom(14);
    public static final long KILL = atom(15);
    public static final long KILLED = atom(16);
    public static final long NOPROC = atom(17);
    public static final long BADMATCH = atom(18);
    public static final long CASE_CLAUSE = atom(19);
    public static final long IF_CLAUSE = atom(20);
    public static final long FUNCTION_CLAUSE = atom(21);
    public static final long BADFUN = atom(22);
    public static final long BADARITY = atom(23);
    public static final long UNDEF = atom(24);
    public static final long BADKEY = atom(25);
    public static final long BADMAP = atom(26);
    public static final long TRY_CLAUSE = atom(27);
    public static final long ERLANG = atom(28);
    public static final long SAFE = atom(29);
    public static final long USED = atom(30);
    public static final long COMPRESSED = atom(31);
    public static final long MINOR_VERSION = atom(32);
    public static final long DETERMINISTIC = atom(33);
    public static final long LOCAL = atom(34);
    /** The keys of a stack trace entry's location list and of its error details. */
    public static final long FILE = atom(50);
    public static final long LINE = atom(51);
    public static final long ERROR_INFO = atom(52);

    private static long atom(int index) {
        return TermTags.makeAtom(index);
    }

    /** The term for {@code true} or {@code false}. */
    public static long bool(boolean value) {
        return value ? TRUE : FALSE;
    }
}

package org.jbeam.vm.matchspec;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The BIFs that compile and run match specifications outside a table: {@code ets:match_spec_compile/1},
 * {@code ets:is_compiled_ms/1}, {@code ets:match_spec_run_r/3} ({@code erl_db.c}) and
 * {@code erlang:match_spec_test/3} ({@code erl_db_util.c}'s {@code db_match_spec_test}, which
 * {@code ets:test_ms/2} calls), for the table dialect.
 */
public final class MatchSpecBifs {
    private final MatchSpecCompiler compiler;
    private final CompiledMatchSpecs compiled;
    private final long table;

    private MatchSpecBifs(MatchSpecCompiler compiler, CompiledMatchSpecs compiled, AtomTable atoms) {
        this.compiler = compiler;
        this.compiled = compiled;
        this.table = atoms.atom("table");
    }

    /** Registers the BIFs; {@code compiler} and {@code compiled} are shared with the ETS BIFs. */
    public static void register(BifTable t, AtomTable atoms, MatchSpecCompiler compiler, CompiledMatchSpecs compiled) {
        MatchSpecBifs bifs = new MatchSpecBifs(compiler, compiled, atoms);
        // OTP compiles no program for an empty specification, and badargs (select takes [] though).
        t.register("ets", "match_spec_compile", 1, (p, a) -> {
            if (a[0] == TermTags.NIL) {
                throw ErlangException.badarg("ets:match_spec_compile/1: an empty match specification");
            }
            return compiled.add(bifs.compileOrBadarg(a[0]), p.heap());
        });
        t.register("ets", "is_compiled_ms", 1, (p, a) -> Atoms.bool(compiled.find(a[0]) != null));
        t.register("ets", "match_spec_run_r", 3, bifs::runReversed);
        t.register("erlang", "match_spec_test", 3, bifs::test);
    }

    private MatchSpec compileOrBadarg(long spec) {
        try {
            return compiler.compile(spec);
        } catch (MatchSpecException e) {
            throw ErlangException.badarg("invalid match specification: " + e.getMessage());
        }
    }

    /** {@code match_spec_run_r(List, CompiledMs, Acc)}: each result consed onto {@code Acc}, so reversed. */
    private long runReversed(ErlangProcess p, long[] a) {
        MatchSpec spec = compiled.find(a[1]);
        if (spec == null || Lists.properLength(a[0]) < 0) {
            throw ErlangException.badarg("ets:match_spec_run_r/3: not a list and a compiled match specification");
        }
        long acc = a[2];
        for (long rest = a[0]; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long result = spec.run(p, Lists.head(rest));
            if (result != TermTags.NON_VALUE) {
                acc = Lists.cons(p.heap(), TermCopier.copy(result, p.heap()), acc);
            }
        }
        return acc;
    }

    /**
     * {@code match_spec_test(Term, MatchSpec, table)}: {@code {ok, Result, [], []}} with
     * {@code false} when no clause matches, or {@code {error, [{error, Text}]}} for a
     * specification that does not compile.
     */
    private long test(ErlangProcess p, long[] a) {
        if (a[2] != table) {
            throw ErlangException.badarg("erlang:match_spec_test/3: only the table dialect is supported");
        }
        MatchSpec spec;
        try {
            spec = compiler.compile(a[1]);
        } catch (MatchSpecException e) {
            long errors = TermTags.NIL;
            for (int i = e.errors().size() - 1; i >= 0; i--) {
                long text = Lists.of(p.heap(), e.errors().get(i).chars().mapToLong(TermTags::makeSmall).toArray());
                errors = Lists.cons(p.heap(), Tuples.make(p.heap(), Atoms.ERROR, text), errors);
            }
            return Tuples.make(p.heap(), Atoms.ERROR, errors);
        }
        try (spec) {
            long result = spec.run(p, a[0]);
            result = result == TermTags.NON_VALUE ? Atoms.FALSE : TermCopier.copy(result, p.heap());
            return Tuples.make(p.heap(), Atoms.OK, result, TermTags.NIL, TermTags.NIL);
        }
    }
}

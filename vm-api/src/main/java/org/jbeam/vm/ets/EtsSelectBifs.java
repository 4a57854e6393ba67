package org.jbeam.vm.ets;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.matchspec.CompiledMatchSpecs;
import org.jbeam.vm.matchspec.MatchSpec;
import org.jbeam.vm.matchspec.MatchSpecCompiler;
import org.jbeam.vm.matchspec.MatchSpecException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code ets} BIFs built on match specifications ({@code erl_db.c}): {@code select/1,2,3},
 * {@code select_reverse/1,2,3}, {@code select_count/2}, {@code internal_select_delete/2},
 * {@code select_replace/2}, {@code match/1,2,3} and {@code match_object/1,2,3}. A pattern
 * {@code P} is the specification {@code [{P, [], ['$$']}]} for {@code match} and
 * {@code [{P, [], ['$_']}]} for {@code match_object}, as {@code ets.erl} documents.
 *
 * <p>A chunked select answers {@code {Results, Continuation}}, {@code '$end_of_table'} when it
 * found nothing, and the continuation is {@code '$end_of_table'} once the walk reached the
 * table's end. Continuations have OTP's shapes: {@code {Tab, LastKey, [], Limit, Spec, [],
 * Reverse, 0}} for an {@code ordered_set} and {@code {Tab, Position, Limit, Spec, [], 0}} for
 * the hash tables, where {@code Spec} is the match specification as given (or a compiled one
 * from {@code ets:repair_continuation/2}).
 */
final class EtsSelectBifs {
    private final EtsBifs ets;
    private final MatchSpecCompiler compiler;
    private final CompiledMatchSpecs compiled;
    private final long endOfTable;
    private final long allBindings;
    private final long wholeObject;

    private EtsSelectBifs(EtsBifs ets, AtomTable atoms, MatchSpecCompiler compiler, CompiledMatchSpecs compiled) {
        this.ets = ets;
        this.compiler = compiler;
        this.compiled = compiled;
        this.endOfTable = atoms.atom("$end_of_table");
        this.allBindings = atoms.atom("$$");
        this.wholeObject = atoms.atom("$_");
    }

    static void register(BifTable t, EtsBifs ets, AtomTable atoms, MatchSpecCompiler compiler,
            CompiledMatchSpecs compiled) {
        EtsSelectBifs s = new EtsSelectBifs(ets, atoms, compiler, compiled);
        t.register("ets", "select", 2, (p, a) -> s.selectAll(p, a[0], a[1], false));
        t.register("ets", "select_reverse", 2, (p, a) -> s.selectAll(p, a[0], a[1], true));
        t.register("ets", "select", 3, (p, a) -> s.selectChunk(p, a[0], a[1], a[2], false));
        t.register("ets", "select_reverse", 3, (p, a) -> s.selectChunk(p, a[0], a[1], a[2], true));
        t.register("ets", "select", 1, (p, a) -> s.continueSelect(p, a[0]));
        t.register("ets", "select_reverse", 1, (p, a) -> s.continueSelect(p, a[0]));
        t.register("ets", "match", 2, (p, a) -> s.selectAll(p, a[0], s.patternSpec(p, a[1], s.allBindings), false));
        t.register("ets", "match_object", 2,
                (p, a) -> s.selectAll(p, a[0], s.patternSpec(p, a[1], s.wholeObject), false));
        t.register("ets", "match", 3,
                (p, a) -> s.selectChunk(p, a[0], s.patternSpec(p, a[1], s.allBindings), a[2], false));
        t.register("ets", "match_object", 3,
                (p, a) -> s.selectChunk(p, a[0], s.patternSpec(p, a[1], s.wholeObject), a[2], false));
        t.register("ets", "match", 1, (p, a) -> s.continueSelect(p, a[0]));
        t.register("ets", "match_object", 1, (p, a) -> s.continueSelect(p, a[0]));
        t.register("ets", "select_count", 2, (p, a) -> s.withSpec(a[1],
                spec -> ets.read(p, a[0], tab -> TermTags.makeSmall(EtsSelect.count(tab, p, spec)))));
        t.register("ets", "internal_select_delete", 2, (p, a) -> s.withSpec(a[1],
                spec -> ets.write(p, a[0], tab -> TermTags.makeSmall(EtsSelect.delete(tab, p, spec)))));
        t.register("ets", "select_replace", 2, (p, a) -> s.withSpec(a[1],
                spec -> ets.write(p, a[0], tab -> TermTags.makeSmall(EtsSelect.replace(tab, p, spec)))));
    }

    /** {@code [{Pattern, [], [Result]}]}, built on the caller's heap. */
    private long patternSpec(ErlangProcess p, long pattern, long result) {
        long clause = Tuples.make(p.heap(), pattern, TermTags.NIL, Lists.of(p.heap(), result));
        return Lists.of(p.heap(), clause);
    }

    @FunctionalInterface
    private interface SpecAction {
        long apply(MatchSpec spec);
    }

    /**
     * Runs {@code action} with {@code spec} compiled (or the compiled specification it names),
     * freeing a specification compiled here afterwards; an invalid one is {@code badarg}.
     */
    private long withSpec(long spec, SpecAction action) {
        MatchSpec precompiled = compiled.find(spec);
        if (precompiled != null) {
            return action.apply(precompiled);
        }
        MatchSpec fresh;
        try {
            fresh = compiler.compile(spec);
        } catch (MatchSpecException e) {
            throw ErlangException.badarg("ets: invalid match specification: " + e.getMessage());
        }
        try (fresh) {
            return action.apply(fresh);
        }
    }

    private long selectAll(ErlangProcess p, long id, long spec, boolean reverse) {
        return withSpec(spec, compiledSpec -> ets.read(p, id, tab -> {
            EtsSelect.Chunk chunk = EtsSelect.select(tab, p, compiledSpec, TermTags.NON_VALUE, 0,
                    reverse && tab.type() == TableType.ORDERED_SET);
            return EtsSelect.list(p, chunk.results());
        }));
    }

    private long selectChunk(ErlangProcess p, long id, long spec, long limit, boolean reverse) {
        if (!TermTags.isSmall(limit) || TermTags.smallValue(limit) < 1) {
            throw ErlangException.badarg("ets:select/3: the limit must be a positive integer");
        }
        return chunk(p, id, spec, TermTags.NON_VALUE, (int) Math.min(TermTags.smallValue(limit), Integer.MAX_VALUE),
                reverse);
    }

    /** One chunk from {@code cursor} on, with its continuation. */
    private long chunk(ErlangProcess p, long id, long spec, long cursor, int limit, boolean reverse) {
        return withSpec(spec, compiledSpec -> ets.read(p, id, tab -> {
            boolean ordered = tab.type() == TableType.ORDERED_SET;
            EtsSelect.Chunk chunk = EtsSelect.select(tab, p, compiledSpec, cursor, limit, reverse && ordered);
            if (chunk.results().isEmpty() && chunk.cursor() == TermTags.NON_VALUE) {
                return endOfTable;
            }
            long continuation;
            if (chunk.cursor() == TermTags.NON_VALUE) {
                continuation = endOfTable;
            } else if (ordered) {
                continuation = Tuples.make(p.heap(), id, chunk.cursor(), TermTags.NIL, TermTags.makeSmall(limit), spec,
                        TermTags.NIL, TermTags.makeSmall(reverse ? 1 : 0), TermTags.makeSmall(0));
            } else {
                continuation = Tuples.make(p.heap(), id, chunk.cursor(), TermTags.makeSmall(limit), spec, TermTags.NIL,
                        TermTags.makeSmall(0));
            }
            return Tuples.make(p.heap(), EtsSelect.list(p, chunk.results()), continuation);
        }));
    }

    /** {@code select/1} (and {@code select_reverse/1}, {@code match/1}, {@code match_object/1}). */
    private long continueSelect(ErlangProcess p, long continuation) {
        if (continuation == endOfTable) {
            return endOfTable;
        }
        int arity = Tuples.isTuple(continuation) ? Tuples.arity(continuation) : 0;
        if (arity == 8 && positive(Tuples.element(continuation, 4)) && isFlag(Tuples.element(continuation, 7))) {
            return chunk(p, Tuples.element(continuation, 1), Tuples.element(continuation, 5),
                    Tuples.element(continuation, 2), (int) TermTags.smallValue(Tuples.element(continuation, 4)),
                    TermTags.smallValue(Tuples.element(continuation, 7)) == 1);
        }
        if (arity == 6 && TermTags.isSmall(Tuples.element(continuation, 2)) && positive(Tuples.element(continuation, 3))) {
            return chunk(p, Tuples.element(continuation, 1), Tuples.element(continuation, 4),
                    Tuples.element(continuation, 2), (int) TermTags.smallValue(Tuples.element(continuation, 3)), false);
        }
        throw ErlangException.badarg("ets:select/1: not a continuation");
    }

    private static boolean positive(long term) {
        return TermTags.isSmall(term) && TermTags.smallValue(term) > 0 && TermTags.smallValue(term) <= Integer.MAX_VALUE;
    }

    private static boolean isFlag(long term) {
        return term == TermTags.makeSmall(0) || term == TermTags.makeSmall(1);
    }
}

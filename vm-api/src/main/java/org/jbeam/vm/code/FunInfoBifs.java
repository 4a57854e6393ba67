package org.jbeam.vm.code;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Fun introspection, as OTP's {@code erl_bif_info.c} ({@code fun_info_2}, {@code fun_info_mfa_1})
 * and {@code bif.c} ({@code fun_to_list_1}, {@code make_fun_3}):
 *
 * <ul>
 * <li>{@code fun_info(F, Item)} is {@code {Item, Value}}; a local fun answers {@code pid} (its
 * creator), {@code module}, {@code new_index}, {@code new_uniq} (the module's md5),
 * {@code index} and {@code uniq} (the old-style index and 32-bit uniq), {@code name} (the
 * compiler's {@code -f/N-fun-K-} function from the {@code FunT} chunk), {@code arity} (what a
 * caller passes), {@code env} (the free variables) and {@code type} {@code local}; an export
 * fun has {@code external} type, no environment and {@code undefined} for the fields of a
 * local fun. An unknown item is {@code badarg}.
 * <li>{@code fun_to_list} is {@code "#Fun<Mod.Index.Uniq>"} or {@code "fun M:F/A"}, the text
 * {@code io_lib} prints for a fun.
 * <li>{@code make_fun(M, F, A)} is {@code fun M:F/A} (atoms, arity 0..255).
 * </ul>
 */
public final class FunInfoBifs {
    private final AtomTable atoms;
    private final CodeServer server;
    private final ExportTable exports;

    private FunInfoBifs(AtomTable atoms, CodeServer server, ExportTable exports) {
        this.atoms = atoms;
        this.server = server;
        this.exports = exports;
    }

    public static void register(BifTable t, AtomTable atoms, CodeServer server, ExportTable exports) {
        FunInfoBifs bifs = new FunInfoBifs(atoms, server, exports);
        t.register("erlang", "fun_info", 2, (p, a) -> bifs.funInfo(p, a[0], a[1]));
        t.register("erlang", "fun_info_mfa", 1, (p, a) -> bifs.mfa(p, requireFun(a[0])));
        t.register("erlang", "fun_to_list", 1, (p, a) -> bifs.funToList(p.heap(), requireFun(a[0])));
        t.register("erlang", "make_fun", 3, (p, a) -> bifs.makeFun(p.heap(), a[0], a[1], a[2]));
    }

    private static long requireFun(long term) {
        if (!TermTags.isBoxed(term) || !Funs.isFun(term)) {
            throw ErlangException.badarg("not a fun");
        }
        return term;
    }

    private long funInfo(ErlangProcess p, long fun, long item) {
        requireFun(fun);
        if (!TermTags.isAtom(item)) {
            throw ErlangException.badarg("fun_info: the item must be an atom");
        }
        long value = Funs.isLocalFun(fun) ? localItem(p, fun, item) : exportItem(p, Funs.exportEntry(fun), item);
        return Tuples.make(p.heap(), item, value);
    }

    private long localItem(ErlangProcess p, long fun, long item) {
        long entry = Funs.funEntry(fun);
        HeapAllocator heap = p.heap();
        return switch (atoms.name(item)) {
            case "pid" -> Funs.creator(fun);
            case "module" -> FunEntry.module(entry);
            case "new_index" -> TermTags.makeSmall(FunEntry.index(entry));
            case "new_uniq" -> Binaries.make(heap, FunEntry.uniq(entry));
            case "index" -> TermTags.makeSmall(FunEntry.oldIndex(entry));
            case "uniq" -> Integers.fromLong(heap, FunEntry.oldUniq(entry));
            case "name" -> name(entry);
            case "arity" -> TermTags.makeSmall(Funs.arity(fun));
            case "env" -> environment(heap, fun);
            case "type" -> Atoms.LOCAL;
            default -> throw ErlangException.badarg("fun_info: unknown item " + atoms.name(item));
        };
    }

    private long exportItem(ErlangProcess p, long entry, long item) {
        return switch (atoms.name(item)) {
            case "pid", "new_index", "new_uniq", "index", "uniq" -> Atoms.UNDEFINED;
            case "module" -> ExportEntry.module(entry);
            case "name" -> ExportEntry.function(entry);
            case "arity" -> TermTags.makeSmall(ExportEntry.arity(entry));
            case "env" -> TermTags.NIL;
            case "type" -> atoms.atom("external");
            default -> throw ErlangException.badarg("fun_info: unknown item " + atoms.name(item));
        };
    }

    private static long environment(HeapAllocator heap, long fun) {
        long list = TermTags.NIL;
        for (int k = Funs.freeCount(fun) - 1; k >= 0; k--) {
            list = Lists.cons(heap, Funs.freeVariable(fun, k), list);
        }
        return list;
    }

    /**
     * The {@code FunT} function name of a fun entry, from the module version that defined it;
     * erts keeps it in the entry, jbeam finds it in the loaded code. A fun of code no longer
     * loaded has the empty atom, as nothing names it any more.
     */
    private long name(long entry) {
        return server.funFunction(entry).map(atoms::atom).orElse(Atoms.EMPTY);
    }

    private long mfa(ErlangProcess p, long fun) {
        if (Funs.isLocalFun(fun)) {
            long entry = Funs.funEntry(fun);
            return Tuples.make(p.heap(), FunEntry.module(entry), name(entry), TermTags.makeSmall(Funs.arity(fun)));
        }
        long entry = Funs.exportEntry(fun);
        return Tuples.make(p.heap(), ExportEntry.module(entry), ExportEntry.function(entry),
                TermTags.makeSmall(ExportEntry.arity(entry)));
    }

    /** The text erl's {@code fun_to_list} gives; atoms are quoted as {@code ~w} would write them. */
    private long funToList(HeapAllocator heap, long fun) {
        String text;
        if (Funs.isLocalFun(fun)) {
            long entry = Funs.funEntry(fun);
            text = "#Fun<" + DisplayPrinter.quoteAtom(atoms.name(FunEntry.module(entry))) + "." + FunEntry.oldIndex(entry) + "."
                    + FunEntry.oldUniq(entry) + ">";
        } else {
            long entry = Funs.exportEntry(fun);
            text = "fun " + DisplayPrinter.quoteAtom(atoms.name(ExportEntry.module(entry))) + ":"
                    + DisplayPrinter.quoteAtom(atoms.name(ExportEntry.function(entry))) + "/" + ExportEntry.arity(entry);
        }
        long list = TermTags.NIL;
        for (int i = text.length() - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(text.charAt(i)), list);
        }
        return list;
    }

    private long makeFun(HeapAllocator heap, long module, long function, long arity) {
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function) || !TermTags.isSmall(arity)
                || TermTags.smallValue(arity) < 0 || TermTags.smallValue(arity) > 255) {
            throw ErlangException.badarg("make_fun: a module, a function and an arity 0..255");
        }
        return Funs.makeExport(heap, exports.entry(module, function, (int) TermTags.smallValue(arity)));
    }
}

package org.jbeam.vm.code;

import java.util.List;
import java.util.Optional;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:get_module_info/1,2}, which every module's generated {@code module_info/0,1}
 * calls (OTP's {@code beam_bif_load.c}/{@code beam_load.c} {@code erts_module_info_*}): the
 * items {@code module}, {@code exports}, {@code functions}, {@code attributes}
 * ({@code Attr} chunk), {@code compile} ({@code CInf} chunk), {@code md5}, {@code native}
 * ({@code false}) and {@code nifs} ({@code []}); {@code get_module_info/1} is the list of
 * {@code module}, {@code exports}, {@code attributes}, {@code compile}, {@code md5}. A module
 * that is not loaded is {@code badarg}, as in erl.
 */
public final class ModuleInfoBifs {
    private ModuleInfoBifs() {}

    public static void register(BifTable t, AtomTable atoms, CodeServer server, ExportTable exports, FunTable funs) {
        t.register("erlang", "get_module_info", 2, (p, a) -> item(p, atoms, exports, funs, module(server, atoms, a[0]),
                a[1]));
        t.register("erlang", "get_module_info", 1, (p, a) -> {
            LoadedModule module = module(server, atoms, a[0]);
            long list = TermTags.NIL;
            for (String name : List.of("md5", "compile", "attributes", "exports", "module")) {
                long key = atoms.atom(name);
                list = Lists.cons(p.heap(), Tuples.make(p.heap(), key, item(p, atoms, exports, funs, module, key)), list);
            }
            return list;
        });
    }

    private static LoadedModule module(CodeServer server, AtomTable atoms, long name) {
        if (!TermTags.isAtom(name)) {
            throw ErlangException.badarg("get_module_info: not an atom");
        }
        return server.module(atoms.name(name)).orElseThrow(() -> ErlangException.badarg("get_module_info: "
                + atoms.name(name) + " is not loaded"));
    }

    private static long item(ErlangProcess p, AtomTable atoms, ExportTable exports, FunTable funs,
            LoadedModule module, long item) {
        if (!TermTags.isAtom(item)) {
            throw ErlangException.badarg("get_module_info: the item must be an atom");
        }
        return switch (atoms.name(item)) {
            case "module" -> module.moduleAtom();
            // erts conses the list while walking its export table, which follows the ExpT chunk.
            case "exports" -> functions(p, module.exports().reversed());
            case "functions" -> functions(p, module.functions());
            case "attributes" -> chunkTerm(p, atoms, exports, funs, module.attributes());
            case "compile" -> chunkTerm(p, atoms, exports, funs, module.compileInfo());
            case "md5" -> Binaries.make(p.heap(), module.md5());
            case "native" -> Atoms.FALSE;
            case "nifs" -> TermTags.NIL;
            default -> throw ErlangException.badarg("get_module_info: unknown item " + atoms.name(item));
        };
    }

    /** {@code [{Name, Arity}]} in the module's order. */
    private static long functions(ErlangProcess p, List<ModuleFunction> functions) {
        long list = TermTags.NIL;
        for (int i = functions.size() - 1; i >= 0; i--) {
            ModuleFunction f = functions.get(i);
            list = Lists.cons(p.heap(), Tuples.make(p.heap(), f.functionAtom(), TermTags.makeSmall(f.arity())), list);
        }
        return list;
    }

    /** An ETF-encoded chunk's term, or {@code []} when the module has no such chunk. */
    private static long chunkTerm(ErlangProcess p, AtomTable atoms, ExportTable exports, FunTable funs,
            Optional<byte[]> chunk) {
        return chunk.map(bytes -> ExternalTermFormat.decode(atoms, exports, funs, p.heap(), bytes))
                .orElse(TermTags.NIL);
    }
}

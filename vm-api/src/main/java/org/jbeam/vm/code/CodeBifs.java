package org.jbeam.vm.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code erlang} BIFs about loaded code that boot needs (OTP's {@code beam_bif_load.c},
 * {@code erl_nif.c}): which modules are loaded and preloaded, whether a function is exported,
 * and {@code load_nif/2} for the modules whose NIFs erts links statically ({@code zlib},
 * {@code prim_file}, ...): jbeam provides those NIFs as BIFs of the module (see the
 * interpreter's NIF stubs), so loading them succeeds; any other NIF library is
 * {@code {error, {load_failed, Text}}}, as erl answers for a library it cannot open.
 * {@code loaded/0} lists the modules with current or old code, as erl does.
 */
public final class CodeBifs {
    /** The modules whose NIFs erts has built in (OTP 25's {@code erts_static_nif_tab}). */
    private static final Set<String> STATIC_NIF_MODULES = Set.of("zlib", "erl_tracer", "prim_buffer", "prim_file",
            "prim_socket", "prim_net");

    private CodeBifs() {}

    /** Registers the code BIFs over {@code server}; {@code preloaded} are erl's preloaded module names. */
    public static void register(BifTable t, AtomTable atoms, CodeServer server, ExportTable exports,
            List<String> preloaded) {
        t.register("erlang", "load_nif", 2, (p, a) -> loadNif(p.heap(), atoms, a[0]));
        // jbeam:tier_of(Module): the name of the tier that runs the module's current code,
        // decided when it loaded (jbeam.tier and jbeam.modules), or undefined when not loaded.
        t.register("jbeam", "tier_of", 1, (p, a) -> {
            requireAtom(a[0]);
            java.util.OptionalInt id = server.tierOf(atoms.name(a[0]));
            if (id.isEmpty()) {
                return atoms.atom("undefined");
            }
            return server.tiers().has(id.getAsInt()) ? atoms.atom(server.tiers().byId(id.getAsInt()).name())
                    : TermTags.makeSmall(id.getAsInt());
        });
        t.register("erlang", "module_loaded", 1, (p, a) -> {
            requireAtom(a[0]);
            return Atoms.bool(server.module(atoms.name(a[0])).isPresent());
        });
        t.register("erlang", "loaded", 0, (p, a) -> {
            long list = TermTags.NIL;
            for (String module : server.loadedNames()) {
                list = Lists.cons(p.heap(), atoms.atom(module), list);
            }
            return list;
        });
        t.register("erlang", "pre_loaded", 0, (p, a) -> {
            long list = TermTags.NIL;
            for (int i = preloaded.size() - 1; i >= 0; i--) {
                list = Lists.cons(p.heap(), atoms.atom(preloaded.get(i)), list);
            }
            return list;
        });
        t.register("erlang", "function_exported", 3, (p, a) -> {
            requireAtom(a[0]);
            requireAtom(a[1]);
            if (!TermTags.isSmall(a[2]) || TermTags.smallValue(a[2]) < 0 || TermTags.smallValue(a[2]) > 255) {
                throw ErlangException.badarg("function_exported: bad arity");
            }
            int arity = (int) TermTags.smallValue(a[2]);
            long entry = exports.find(a[0], a[1], arity);
            boolean loaded = entry != 0 && ExportEntry.tier(entry) != 0;
            return Atoms.bool(loaded || t.find(a[0], a[1], arity) != null);
        });
    }

    /** {@code load_nif(Path, LoadInfo)}: ok for a statically linked library, else load_failed. */
    private static long loadNif(HeapAllocator heap, AtomTable atoms, long path) {
        String library = Path.of(stringOf(path)).getFileName().toString();
        if (STATIC_NIF_MODULES.contains(library)) {
            return Atoms.OK;
        }
        String reason = "Failed to load NIF library " + library + ": jbeam runs no native NIF libraries";
        long text = TermTags.NIL;
        for (int i = reason.length() - 1; i >= 0; i--) {
            text = Lists.cons(heap, TermTags.makeSmall(reason.charAt(i)), text);
        }
        return Tuples.make(heap, Atoms.ERROR, Tuples.make(heap, atoms.atom("load_failed"), text));
    }

    private static String stringOf(long list) {
        StringBuilder text = new StringBuilder();
        long rest = list;
        while (TermTags.isList(rest) && TermTags.isSmall(Lists.head(rest))) {
            text.appendCodePoint((int) TermTags.smallValue(Lists.head(rest)));
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL || text.isEmpty()) {
            throw ErlangException.badarg("load_nif: the path must be a string");
        }
        return text.toString();
    }

    private static void requireAtom(long term) {
        if (!TermTags.isAtom(term)) {
            throw ErlangException.badarg("not an atom");
        }
    }
}

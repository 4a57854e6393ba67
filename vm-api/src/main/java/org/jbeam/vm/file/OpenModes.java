package org.jbeam.vm.file;

import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The modes {@code open_nif} takes ({@code prim_file_nif.c}'s {@code efile_translate_modelist}
 * and {@code unix_prim_file.c}'s {@code get_flags}): {@code read}, {@code write},
 * {@code append}, {@code exclusive}, {@code sync}, {@code directory} and
 * {@code skip_type_check}; other atoms ({@code raw}, {@code binary}, {@code read_ahead}...)
 * belong to the layers above and are ignored. {@code append} and {@code exclusive} imply
 * {@code write}; no {@code read} or {@code write} at all means {@code read}.
 *
 * <p>{@code append} is not handed to the JDK (which refuses it with {@code read}): the open
 * file writes at its end itself, as {@code O_APPEND} does for every write on Linux.
 */
record OpenModes(boolean read, boolean write, boolean append, boolean exclusive, boolean sync,
        boolean directory, boolean skipTypeCheck) {

    /** The modes of a mode list; {@code badarg} when it is not a list. */
    static OpenModes parse(long list, AtomTable atoms) {
        if (list != TermTags.NIL && !TermTags.isList(list)) {
            throw ErlangException.badarg("open_nif: the modes must be a list");
        }
        Set<String> names = new HashSet<>();
        for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long mode = Lists.head(rest);
            if (TermTags.isAtom(mode)) {
                names.add(atoms.name(mode));
            }
        }
        boolean append = names.contains("append");
        boolean exclusive = names.contains("exclusive");
        boolean write = names.contains("write") || append || exclusive;
        boolean read = names.contains("read") || !write;
        return new OpenModes(read, write, append, exclusive, names.contains("sync"), names.contains("directory"),
                names.contains("skip_type_check"));
    }

    /** The JDK's options for these modes. */
    Set<OpenOption> options() {
        Set<OpenOption> options = new HashSet<>();
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
            options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!read && !append) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
        }
        if (sync) {
            options.add(StandardOpenOption.SYNC);
        }
        return options;
    }
}

package org.jbeam.vm.bif;

/**
 * The BIFs of the {@code file} module ({@code erl_bif_info.c}): {@code native_name_encoding/0},
 * how file names are encoded. erl answers {@code utf8} when the C library's character set for
 * the environment's locale is UTF-8 (as for {@code LANG=C.UTF-8}) and {@code latin1} otherwise
 * (for {@code C}, or a locale that is not installed); the JVM read the same character set at
 * start-up into {@code native.encoding}.
 */
final class FileBifs {
    private FileBifs() {}

    static void register(BifTable t) {
        String charset = System.getProperty("native.encoding", "");
        long encoding = t.atoms().atom(charset.equalsIgnoreCase("UTF-8") ? "utf8" : "latin1");
        t.register("file", "native_name_encoding", 0, (p, a) -> encoding);
    }
}

package org.jbeam.vm.loader;

/**
 * An {@code ImpT} entry resolved to its native export entry ({@link org.jbeam.vm.code.ExportEntry}),
 * created unloaded when nobody had named that function yet.
 */
public record ResolvedImport(String module, String function, int arity, long exportEntry) {}

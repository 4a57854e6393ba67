package org.jbeam.vm.loader;

/**
 * A function of a loaded module: an export, a local, or one found by its {@code func_info}.
 *
 * @param functionAtom the function name as an atom term
 * @param label the entry label
 * @param entryIndex the index in {@link LoadedModule#code()} of the entry label instruction
 */
public record ModuleFunction(String name, long functionAtom, int arity, int label, int entryIndex) {}

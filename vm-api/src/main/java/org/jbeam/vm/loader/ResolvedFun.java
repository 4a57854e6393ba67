package org.jbeam.vm.loader;

/**
 * A {@code FunT} entry resolved to its native fun entry ({@link org.jbeam.vm.code.FunEntry}).
 *
 * @param oldIndex the position in {@code FunT}, which {@code make_fun2}/{@code make_fun3} name
 * @param entryIndex the index in {@link LoadedModule#code()} of the fun body's entry label
 */
public record ResolvedFun(int oldIndex, int index, String function, int arity, int freeCount, int label,
        int entryIndex, long funEntry) {}

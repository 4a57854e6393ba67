package org.jbeam.tier.template.ops;

/**
 * One {@code make_fun3} of a compiled module: the fun entry, the arity callers pass, where its
 * free variables come from and where the fun goes. The MAKE_FUN helper reads the environment
 * from the process's registers, as the interpreter does.
 */
public record FunSite(long funEntry, int arity, Source[] environment, Register target) {}

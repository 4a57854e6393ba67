package org.jbeam.vm.beam;

/** One entry of the {@code ImpT} chunk: {@code Module:Function/Arity} as 1-based atom indices. */
public record ImportEntry(int moduleAtom, int functionAtom, int arity) {}

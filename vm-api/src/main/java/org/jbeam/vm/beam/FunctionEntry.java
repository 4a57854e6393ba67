package org.jbeam.vm.beam;

/** One entry of the {@code ExpT} or {@code LocT} chunk: function atom index, arity, entry label. */
public record FunctionEntry(int functionAtom, int arity, int label) {}

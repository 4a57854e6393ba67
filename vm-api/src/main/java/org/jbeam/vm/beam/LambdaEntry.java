package org.jbeam.vm.beam;

/**
 * One entry of the {@code FunT} chunk, written by {@code beam_dict:lambda_table/1}.
 *
 * @param functionAtom the atom index of the function the fun body was lifted into
 * @param arity the arity of that function (free variables included)
 * @param label the entry label of that function
 * @param index the fun's index within the module
 * @param freeCount how many free variables the fun captures
 * @param oldUniq the 32-bit old-style unique value ({@code beam_asm:finalize_fun_table/2})
 */
public record LambdaEntry(int functionAtom, int arity, int label, int index, int freeCount, int oldUniq) {}

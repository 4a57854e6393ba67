/**
 * Bit syntax, the semantics every tier shares (OTP's {@code erl_bits.c} and the bit-syntax
 * instructions of {@code beam_emu}/BeamAsm): matching over {@link org.jbeam.vm.term.MatchStates}
 * ({@link BitMatching}), OTP 25's {@code bs_create_bin} ({@link BinaryConstruction}) and OTP 24's
 * {@code bs_init2}/{@code bs_put_*}/{@code bs_append} construction ({@link LegacyConstruction}),
 * UTF segments ({@link Utf}). Plain static operations on terms and a process heap: a tier reads
 * its operands, calls them, and writes the results or jumps to its fail label. None of them
 * collects garbage; when and with which roots to collect is the calling tier's decision.
 */
package org.jbeam.vm.bits;

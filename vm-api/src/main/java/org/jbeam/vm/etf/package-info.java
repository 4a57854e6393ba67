/**
 * The external term format: {@code term_to_binary/1,2} and {@code binary_to_term/1,2}, as OTP
 * 25's {@code erts/emulator/beam/external.c} writes and reads it.
 *
 * <p>{@link org.jbeam.vm.etf.ExternalTermFormat} is the entry point; {@link
 * org.jbeam.vm.etf.TermEncoder} and {@link org.jbeam.vm.etf.TermDecoder} do the work, each
 * with an explicit stack so that deeply nested terms never overflow the Java stack. Decoding
 * treats its input as hostile: every length is checked against the bytes actually present
 * before anything is allocated, and any malformed input ends in {@code error:badarg}.
 */
package org.jbeam.vm.etf;

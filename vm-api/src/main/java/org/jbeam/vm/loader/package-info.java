/**
 * The validating loader: turns a decoded {@code .beam} file into a {@link
 * org.jbeam.vm.loader.LoadedModule} whose every reference was checked and resolved (design
 * contract 5), the counterpart of OTP's {@code beam_load.c} before code is made runnable.
 * Literal terms come from a pluggable {@link org.jbeam.vm.loader.LiteralDecoder}.
 */
package org.jbeam.vm.loader;

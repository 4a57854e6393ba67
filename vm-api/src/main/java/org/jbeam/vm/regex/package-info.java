/**
 * OTP's {@code re} BIFs ({@code erts/emulator/beam/erl_bif_re.c} over PCRE 8.44): PCRE
 * patterns are parsed here and translated into {@link java.util.regex.Pattern}s whose matching
 * behaves as PCRE's, with the differences (newline conventions, {@code ^ $ \Z}, extended mode,
 * ungreedy, {@code notempty}, byte offsets into latin-1 or UTF-8 subjects) handled explicitly by
 * the translation. PCRE features java.util.regex cannot express (recursion, conditionals,
 * backtracking verbs, {@code \K}, ...) raise {@code error:{re_unsupported, Description}} rather
 * than match differently. The stdlib's Erlang half of {@code re} ({@code replace}, {@code split})
 * runs unchanged on top of these BIFs.
 */
package org.jbeam.vm.regex;

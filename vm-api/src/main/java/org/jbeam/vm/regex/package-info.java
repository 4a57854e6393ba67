/**
 * OTP's {@code re} BIFs ({@code erts/emulator/beam/erl_bif_re.c} over PCRE 8.44): PCRE
 * patterns are parsed here and translated into {@link java.util.regex.Pattern}s whose matching
 * behaves as PCRE's, with the differences (newline conventions, {@code ^ $ \Z}, extended mode,
 * ungreedy, {@code notempty}, OTP's latin-1 character tables, byte offsets into latin-1 or UTF-8
 * subjects) handled explicitly by the translation. The stdlib's Erlang half of {@code re}
 * ({@code replace}, {@code split}) runs unchanged on top of these BIFs.
 *
 * <p>Where jbeam is known to differ from erl:
 * <ul>
 *   <li>The binary inside a {@code {re_pattern, ...}} term is jbeam's own encoding (see
 *       {@code PatternTerm}), not PCRE's compiled code; a pattern compiled by erl is badarg.</li>
 *   <li>Constructs java.util.regex cannot express raise {@code error:{re_unsupported,
 *       Description}} instead of matching differently: recursion and subroutine calls,
 *       conditional groups, branch reset groups, backtracking verbs and {@code (*UTF8)}-style
 *       settings, {@code \K}, {@code \C}, references to a duplicated name, and references to a
 *       group numbered 10 or more written before that group.</li>
 *   <li>{@code match_limit} and {@code match_limit_recursion} are accepted but not enforced. A
 *       match too deep for the scheduler thread's stack runs again on a thread with a 1 GB
 *       stack; one deeper still raises {@code re_unsupported}.</li>
 *   <li>Java's engine reports some captures differently in corner cases: a group repeated with
 *       iterations that match the empty string (a minimum of 2 or more, or a group holding only
 *       assertions), a group referring back to itself, and captures left by a failed iteration
 *       of a counted repetition at the same start position.</li>
 *   <li>A match runs to its end without counting reductions.</li>
 * </ul>
 */
package org.jbeam.vm.regex;

/**
 * Match specifications (OTP 25's {@code erl_db_util.c}: {@code db_match_compile} and
 * {@code db_prog_match}, described in ERTS's "Match Specifications in Erlang"): a list of
 * {@code {Head, Conditions, Body}} clauses that selects terms and computes a result for each.
 *
 * <p>{@link org.jbeam.vm.matchspec.MatchSpecCompiler} checks a match specification term and
 * turns it into a {@link org.jbeam.vm.matchspec.MatchSpec}: a head
 * {@link org.jbeam.vm.matchspec.MatchPattern} and guard and body
 * {@link org.jbeam.vm.matchspec.MatchExpression} trees per clause. Running it needs only the
 * calling process (for {@code self()}, its heap and the guard BIFs), so ETS uses it today and
 * tracing can use it later. {@link org.jbeam.vm.matchspec.CompiledMatchSpecs} keeps the
 * specifications {@code ets:match_spec_compile/1} hands out as references.
 */
package org.jbeam.vm.matchspec;

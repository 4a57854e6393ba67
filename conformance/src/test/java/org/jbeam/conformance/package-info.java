/**
 * The conformance corpus harness: Erlang programs under {@code src/test/erlang} (small ones, one
 * behaviour each, and larger realistic ones) compiled with {@code erlc}, run on the real
 * {@code erl} and on jbeam's tiers with the same command line, and compared byte for byte on
 * stdout and exit status. The same corpus runs on every tier (DESIGN.md, principle 6).
 */
package org.jbeam.conformance;

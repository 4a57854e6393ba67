/**
 * Built-in functions shared by every tier (STYLE principle 4: semantics once): arithmetic on
 * small integers, bignums and floats with OTP's exact error behaviour, and the table that
 * binds {@code Module:Function/Arity} to a Java implementation.
 */
package org.jbeam.vm.bif;

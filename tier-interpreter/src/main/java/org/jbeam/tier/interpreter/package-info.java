/**
 * The interpreter tier (issue 3), the reference the JIT tiers are checked against: loaded
 * modules pre-decoded into arrays of specific instructions
 * ({@link org.jbeam.tier.interpreter.instr}), one dispatch loop ({@link Dispatch}) whose arms
 * each call a family class named as OTP groups its instructions ({@link Moves},
 * {@link Frames}, {@link Calls}, {@link Tests}, {@link ListsAndTuples}, {@link GuardBifs},
 * {@link FloatArithmetic}, {@link FunInstructions},
 * {@link MapInstructions}, {@link Errors}, {@link Exceptions}), over the
 * native process state of
 * {@link org.jbeam.vm.process.ErlangProcess}.
 */
package org.jbeam.tier.interpreter;

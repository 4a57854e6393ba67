package org.jbeam.tier.template.backend;

/**
 * The helpers generated code calls by leaving with {@code CALL_HELPER(ordinal)} (BeamAsm's escape
 * hatch, here an exit and a re-entry rather than a C call): what each expects in the context's
 * argument words ({@code arg0..arg3}) and X registers, and what it leaves for the code it resumes.
 * Every helper runs with the VM state synced back to the process (heap top, frame, CP,
 * reductions) and re-enters at the context's resume address unless it says otherwise.
 */
public enum Helper {
    /** {@code test_heap}: arg0 = words needed, arg1 = live X registers. Collects unless they fit. */
    TEST_HEAP,
    /** {@code allocate}: arg0 = words the frame needs. Grows the stack so that they fit. */
    GROW_STACK,
    /**
     * {@code call_ext} of a BIF: arg0 = the module's BIF site, the arguments in X0... The result goes
     * to X0; a BIF that traps runs to its end; an error raises.
     */
    CALL_BIF,
    /**
     * {@code bif}/{@code gc_bif} and the slow path of inline arithmetic: arg0 = the BIF site, its
     * arguments in arg1..arg3. Returns the result in arg0, or 0 (the non-value) when the BIF failed
     * and the site has a fail label; without one the error raises. A {@code gc_bif} site collects
     * after the call when the result overflowed the heap, its live registers and the result as roots.
     */
    GUARD_BIF,
    /**
     * A comparison that the inline fast path cannot decide: arg0 = the {@code Comparison} code,
     * arg1 and arg2 the terms. Returns 1 in arg0 when it holds, else 0.
     */
    COMPARE,
    /**
     * {@code call_ext} of a function that is not native code of this tier (another tier's, or not
     * loaded yet): arg0 = the export entry; the arguments in X0.., the CP register set as for any
     * call. Re-enters at the callee when it turns out to be this tier's, else hands the process over.
     */
    CALL_EXPORT,
    /**
     * Raises {@code error:{Kind, Value}} (OTP's {@code badmatch}, {@code case_end}, ...): arg0 = the
     * {@code ErrorKind} code, arg1 = the value; for {@code FUNCTION_CLAUSE} arg1..arg3 are the
     * module, function and arity, the arguments in X0... Never resumes.
     */
    RAISE,
    /**
     * {@code catch_end} reached with an exception (X0 the non-value, X1..X3 class, reason, raw
     * trace): X0 becomes the value {@code catch} gives.
     */
    CATCH_END,
    /** {@code raise}: arg1 = the raw trace, arg2 = the value; re-raises keeping the trace. Never resumes. */
    RERAISE,
    /** {@code build_stacktrace}: X0, a raw trace, becomes the trace as a list. */
    BUILD_STACKTRACE,
    /** {@code raw_raise}: class X0, reason X1, raw trace X2. Never resumes. */
    RAW_RAISE,
    /** {@code make_fun3}: arg0 = the module's fun site; builds the fun (heap room was tested) into the site's target. */
    MAKE_FUN,
    /**
     * A fun call the inline path could not make: arg0 = the fun term, arg1 = the arity, the
     * arguments in X0.., the frame handled (a tail call dropped it) and the CP register set (a
     * body call's own, a tail call's the caller's). Calls an export fun (a BIF at once), enters this tier's
     * code, hands a local or export fun of another tier over, or raises {@code badfun}/{@code badarity}.
     */
    CALL_FUN,
    /**
     * {@code apply}: arg0 = the form ({@code CallOps.APPLY_MFA}, {@code APPLY_FUN},
     * {@code APPLY_INSTRUCTION}), arg1 = the instruction's arity, arg2 = 1 for a tail call; the
     * frame already handled and the CP register set. Calls what the registers name: a BIF at once
     * (then goes on at the resume address, or returns for a tail call), this tier's code, or
     * another tier's after a hand-over.
     */
    APPLY,
    /** {@code fconv} of what is not a small integer or a float: arg1 = the term; the double's bits in arg0 ({@code badarith} for a non-number). */
    TO_DOUBLE,
    /** {@code is_function2}: arg1 = the term, arg2 = the arity; 1 in arg0 when it is a fun of that arity, else 0. */
    IS_FUNCTION2,
    /**
     * A map instruction: arg0 = the module's map site. Returns 1 in arg0 when it succeeded (its
     * results written to their registers), 0 when it failed at a site with a fail label; without one
     * the update raises {@code badmap}/{@code badkey}. An update collects afterwards when its result
     * overflowed the heap.
     */
    MAP,
    /** {@code send}: X0 ! X1; the message to X0 (a reduction counted). */
    SEND,
    /** {@code loop_rec}: arg0 = the message under the mailbox's save pointer, or 0 when none is left. */
    LOOP_REC,
    /** {@code loop_rec_end}: the save pointer moves on to the next message. */
    NEXT_MESSAGE,
    /** {@code remove_message}: the current message leaves the queue (its fragment joins the heap), the receive timer stops. */
    REMOVE_MESSAGE,
    /**
     * {@code wait}: the process waits; the resume address is the receive loop, where it goes on when
     * a message arrives. Leaves the tier with WAITING.
     */
    WAIT,
    /**
     * {@code wait_timeout}: arg1 = the timeout, arg2 = the receive loop's address, arg3 = the live X
     * registers. Goes on at the resume address ({@code timeout}) when the time has passed, else
     * waits as WAIT does, starting the timer the first time.
     */
    WAIT_TIMEOUT,
    /** {@code timeout}: the save pointer back to the first message, the timer cleared. */
    TIMEOUT,
    /**
     * A bit-syntax instruction: arg0 = the module's bits site. Returns 1 in arg0 when it succeeded
     * (its results written to their registers), 0 when it failed at a site with a fail label;
     * without one the failure raises ({@code badarg}, with {@code error_info} for
     * {@code bs_create_bin}). An instruction with a Live operand that allocates first collects
     * when its words do not fit, its live registers and the term it works on as roots (OTP's
     * {@code emit_gc_test_preserve}).
     */
    BITS,
    /**
     * {@code erlang:hibernate/3}: Module, Function and Args in X0..X2; the resume address is the
     * exit for this helper itself. Drops the stack; with no message queued the process waits
     * (leaving WAITING, re-running this helper when woken); with one, applies Module:Function(Args)
     * with nothing to return to. Never goes on after itself.
     */
    HIBERNATE,
    /**
     * {@code erlang:call_on_load_function/1}: X0 = the module; the frame handled and the CP
     * register set as for any call. Enters the on_load function of its waiting code.
     */
    CALL_ON_LOAD;

    /** {@link #values()} copies its array at every call; an exit asks for one at every helper call. */
    private static final Helper[] ALL = values();

    /** The helper's number in a {@code CALL_HELPER} status word. */
    public int number() {
        return ordinal();
    }

    /** The helper numbered {@code number}. */
    public static Helper of(int number) {
        if (number < 0 || number >= ALL.length) {
            throw new IllegalStateException("generated code asked for helper " + number + ", which does not exist");
        }
        return ALL[number];
    }
}

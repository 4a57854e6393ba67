package org.jbeam.tier.template.runtime;

import org.jbeam.vm.process.ErlangProcess;

/**
 * How a helper call of a function through its export entry (or of a fun through its fun entry)
 * finds the code (the tier implements it): loads the callee's module when nothing is bound yet,
 * or redirects the call to {@code error_handler:undefined_function/3} as erts does.
 */
public interface ExportResolver {
    /**
     * The export entry to call instead of {@code exportEntry} once its module is loaded or the call
     * redirected (the X registers rearranged for it); raises {@code undef} when there is no code.
     */
    long resolve(ErlangProcess process, long exportEntry);

    /** {@code funEntry} once its module is loaded (a fun of a module not loaded yet); raises {@code undef} when its code is nowhere. */
    long resolveFun(long funEntry);

    /**
     * The native address of the on_load function of {@code moduleAtom}'s code waiting for
     * {@code erlang:call_on_load_function/1}; badarg when none waits on this tier.
     */
    long onLoadFunction(long moduleAtom);
}

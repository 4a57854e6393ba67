package org.jbeam.vm.code;

/**
 * What a tier does when a process calls a function whose module has no code loaded.
 */
public enum DemandLoading {
    /**
     * The tier loads the module itself from the code server's Java code path (or raises
     * {@code undef}): the standalone mode of embedders and tests, where no Erlang code server runs.
     */
    CODE_PATH,
    /**
     * As erts does: the call becomes {@code error_handler:undefined_function(M, F, Args)} (or the
     * process's own error handler), whose Erlang code asks the real {@code code_server}, which
     * honours {@code -pa}, {@code -pz}, {@code code:add_path/1} and the rest. The launcher
     * switches to this mode once the preloaded modules are in.
     */
    ERROR_HANDLER
}

package org.jbeam.vm.tier;

/**
 * A tier refuses a module it was assigned: it cannot run its code (the template JIT meets an
 * instruction it has no template for). Thrown before the module becomes current
 * ({@code CodeServer.Listener#installing}), so the code that was current stays so; loading
 * reports it as erts reports a module it cannot load ({@code {error, badfile}}), and the
 * module never runs on a tier it was not given to.
 */
public class ModuleRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModuleRefusedException(String message) {
        super(message);
    }
}

package org.jbeam.tier.template.ops;

/**
 * A module given to the template JIT holds an instruction it has no template for (or an operand
 * form a template does not take). Compiling, and so loading the module onto this tier, fails: the
 * tier never runs part of a module on another tier behind the configuration's back.
 */
public final class TemplateCompileException extends org.jbeam.vm.tier.ModuleRefusedException {
    private static final long serialVersionUID = 1L;

    public TemplateCompileException(String message) {
        super(message);
    }
}

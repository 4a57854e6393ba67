package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.Register;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.process.ErlangProcess;

/** Operands of the template JIT's ops read and written in a process, for helpers that take a site's operands themselves. */
final class ProcessRegisters {
    private ProcessRegisters() {}

    static long read(ErlangProcess p, Source source) {
        return switch (source) {
            case XReg x -> p.x(x.index());
            case YReg y -> p.y(y.index());
            case Constant c -> c.term();
        };
    }

    static void write(ErlangProcess p, Register target, long term) {
        switch (target) {
            case XReg x -> p.setX(x.index(), term);
            case YReg y -> p.setY(y.index(), term);
        }
    }
}

package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.StructureOps;

/** Labels, function headers and the reduction test at function entries. */
public interface StructureFamily {
    void label(StructureOps.Label op);

    void funcInfo(StructureOps.FuncInfo op);

    void functionEntry(StructureOps.FunctionEntry op);
}

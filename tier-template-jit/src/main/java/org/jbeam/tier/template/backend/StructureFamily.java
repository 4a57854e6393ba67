package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.StructureOps;

/** Labels, function headers and the reduction test at function entries. */
public interface StructureFamily {
    void label(StructureOps.Label op);

    /** Records where the code of a line-table item starts; emits nothing. */
    void line(StructureOps.Line op);

    void funcInfo(StructureOps.FuncInfo op);

    void functionEntry(StructureOps.FunctionEntry op);
}

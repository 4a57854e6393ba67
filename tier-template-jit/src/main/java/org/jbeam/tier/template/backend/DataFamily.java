package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.DataOps;

/** List and tuple access and construction. */
public interface DataFamily {
    void getList(DataOps.GetList op);

    void getHd(DataOps.GetHd op);

    void getTl(DataOps.GetTl op);

    void putList(DataOps.PutList op);

    void putTuple2(DataOps.PutTuple2 op);

    void getTupleElement(DataOps.GetTupleElement op);

    void setTupleElement(DataOps.SetTupleElement op);
}

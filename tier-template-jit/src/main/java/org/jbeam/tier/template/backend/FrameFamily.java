package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.FrameOps;

/** Stack frames and the heap test (OTP's {@code allocate}, {@code deallocate}, {@code trim}, {@code test_heap}). */
public interface FrameFamily {
    void allocate(FrameOps.Allocate op);

    void deallocate(FrameOps.Deallocate op);

    void testHeap(FrameOps.TestHeap op);

    void trim(FrameOps.Trim op);
}

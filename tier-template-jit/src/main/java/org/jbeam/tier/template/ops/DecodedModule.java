package org.jbeam.tier.template.ops;

import java.util.List;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;

/**
 * A module as the template JIT's ops: what the backend emits, the BIF sites its helper calls
 * name, and the heap holding constants the decoder had to build (bignums, floats).
 *
 * @param funSites its {@code make_fun3} instructions, which helper calls name by index
 * @param mapSites its map instructions, which helper calls name by index
 * @param bitsSites its bit-syntax instructions, which helper calls name by index
 * @param handlers the handlers its {@code try}/{@code catch} instructions install
 * @param liveXBound one more than the highest X register the code names: no yield keeps more live
 */
public record DecodedModule(LoadedModule loaded, List<Op> ops, List<BifSite> bifSites, List<FunSite> funSites,
        List<MapSite> mapSites, List<BitsSite> bitsSites, List<CatchHandler> handlers,
        int liveXBound, HeapFragments constants) {}

package org.jbeam.tier.template.runtime;

import java.util.Arrays;
import java.util.List;

import org.jbeam.tier.template.backend.NativeCode;
import org.jbeam.tier.template.ops.BifSite;
import org.jbeam.tier.template.ops.BitsSite;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.FunSite;
import org.jbeam.tier.template.ops.MapSite;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.loader.SourceLocations;

/**
 * One module version in the template JIT's code cache: its generated code, its BIF sites (which
 * helper calls name by index), and the map from the loader's code positions (generic instruction
 * indices, as export and fun entries first carry them) to native addresses. A native address
 * inside its region tells which function it belongs to, for stack traces.
 */
public final class NativeModule {
    private final DecodedModule decoded;
    private final NativeCode code;
    /** Function entry addresses, ascending, and the functions they enter. */
    private final long[] entryAddresses;
    private final ModuleFunction[] functions;
    /** The sites as arrays: every helper call looks one up, and a List's get is an interface call. */
    private final BifSite[] bifSites;
    private final FunSite[] funSites;
    private final MapSite[] mapSites;
    private final BitsSite[] bitsSites;
    private final SourceLocations sources;

    public NativeModule(DecodedModule decoded, NativeCode code) {
        this.decoded = decoded;
        this.code = code;
        this.bifSites = decoded.bifSites().toArray(BifSite[]::new);
        this.funSites = decoded.funSites().toArray(FunSite[]::new);
        this.mapSites = decoded.mapSites().toArray(MapSite[]::new);
        this.bitsSites = decoded.bitsSites().toArray(BitsSite[]::new);
        this.sources = new SourceLocations(decoded.loaded());
        List<ModuleFunction> byAddress = decoded.loaded().functions().stream()
                .sorted((a, b) -> Long.compare(code.labelAddress(a.label()), code.labelAddress(b.label()))).toList();
        this.functions = byAddress.toArray(ModuleFunction[]::new);
        this.entryAddresses = byAddress.stream().mapToLong(f -> code.labelAddress(f.label())).toArray();
    }

    public LoadedModule loaded() {
        return decoded.loaded();
    }

    public NativeCode code() {
        return code;
    }

    public BifSite bifSite(int index) {
        return bifSites[index];
    }

    public FunSite funSite(int index) {
        return funSites[index];
    }

    public MapSite mapSite(int index) {
        return mapSites[index];
    }

    public BitsSite bitsSite(int index) {
        return bitsSites[index];
    }

    /** X registers a process stopped in this module's code may hold live. */
    public int liveXBound() {
        return decoded.liveXBound();
    }

    /** The native address of the code at generic instruction {@code index}, which must be a {@code label}. */
    public long addressOfIndex(int index) {
        GenericInstruction at = loaded().code().get(index);
        if (at.op() != GenericOp.LABEL || !(at.operand(0) instanceof Operand.Unsigned label)) {
            throw new IllegalStateException(loaded().name() + ": code position " + index + " is not a label");
        }
        return code.labelAddress((int) label.value());
    }

    /** The first byte of this module's code region. */
    public long start() {
        return code.region().executableAddress();
    }

    /** The first byte after this module's code region. */
    public long end() {
        return code.region().executableAddress() + code.region().size();
    }

    /** Whether {@code address} lies in this module's code. */
    public boolean contains(long address) {
        return address >= start() && address < end();
    }

    /**
     * The function whose code holds {@code address} (a return address, a resume address): the
     * one with the highest entry at or below it; null before the first entry.
     */
    public ModuleFunction functionAt(long address) {
        int at = Arrays.binarySearch(entryAddresses, code.originOf(address));
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? null : functions[index];
    }

    /**
     * The location list of the code at {@code address}: {@code [{file, F}, {line, L}]}, or
     * {@code []} when the line is unknown ({@link SourceLocations}).
     */
    public long location(HeapAllocator heap, long address) {
        return sources.location(heap, code.lineItemAt(code.originOf(address)));
    }

    /** The heap of constants the decoder built for this version (bignums, floats). */
    public HeapFragments constants() {
        return decoded.constants();
    }

    /**
     * Frees the generated code of a purged version: no process runs it any more, but terms built
     * from its constants (bignums, floats) may still be live in heaps and messages, as a purged
     * module's literals are, so those stay until {@link #release}.
     */
    public void releaseCode() {
        code.region().close();
    }

    /** Frees the generated code and the decoder's constants; no process may still run it or hold its constants. */
    public void release() {
        code.region().close();
        decoded.constants().close();
    }
}

package org.jbeam.vm.tier;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.BacktraceDepth;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.term.TermTags;

/**
 * The tiers of one VM, by id (contract 3), and which of them runs each module. Export entries,
 * fun entries, continuation pointers and catch tags carry a tier id; this table turns the id
 * back into the tier, for the scheduler's hand-over ({@link TierSlices}) and for stack traces
 * that walk through frames of several tiers ({@link #describeContinuation}).
 *
 * <p>Tiers are added while the VM is assembled, before any process runs; afterwards the table
 * is only read. Until an {@link TierAssignment} is set, every module goes to the tier with the
 * lowest id (a VM with one tier needs no configuration).
 *
 * <p>The table also holds the VM's {@code backtrace_depth}, which every tier's stack traces
 * honour whichever tier's BIF changed it.
 */
public final class Tiers {
    private static final int MAX_ID = 255;

    private final ExecutionTier[] byId = new ExecutionTier[MAX_ID + 1];
    private volatile TierAssignment assignment;
    private final BacktraceDepth backtraceDepth = new BacktraceDepth();

    /** A table holding {@code tiers}. */
    public static Tiers of(ExecutionTier... tiers) {
        Tiers table = new Tiers();
        for (ExecutionTier tier : tiers) {
            table.add(tier);
        }
        return table;
    }

    /**
     * Adds {@code tier} under its id; adding the same tier again does nothing.
     *
     * @throws IllegalStateException when another tier already has that id
     */
    public synchronized void add(ExecutionTier tier) {
        int id = tier.id();
        if (id <= 0 || id > MAX_ID) {
            throw new IllegalStateException("tier " + tier.name() + " has id " + id + ", outside 1.." + MAX_ID);
        }
        ExecutionTier present = byId[id];
        if (present != null && present != tier) {
            throw new IllegalStateException("tiers " + present.name() + " and " + tier.name() + " share the id " + id);
        }
        byId[id] = tier;
    }

    /** How many entries the stack traces of this VM keep ({@code erlang:system_flag(backtrace_depth, N)}). */
    public BacktraceDepth backtraceDepth() {
        return backtraceDepth;
    }

    /** Sets which tier runs each module (the configuration's {@code jbeam.tier} and {@code jbeam.modules}). */
    public void assign(TierAssignment modules) {
        assignment = modules;
    }

    /** The tier with id {@code id}; an id no tier has is a jbeam bug (a word was corrupted or misread). */
    public ExecutionTier byId(int id) {
        ExecutionTier tier = id > 0 && id <= MAX_ID ? byId[id] : null;
        if (tier == null) {
            throw new IllegalStateException("no tier has the id " + id);
        }
        return tier;
    }

    /** Whether a tier has id {@code id}. */
    public boolean has(int id) {
        return id > 0 && id <= MAX_ID && byId[id] != null;
    }

    /** Every tier, by increasing id. */
    public List<ExecutionTier> all() {
        List<ExecutionTier> tiers = new ArrayList<>();
        for (ExecutionTier tier : byId) {
            if (tier != null) {
                tiers.add(tier);
            }
        }
        return tiers;
    }

    /** The id of the tier that runs {@code module}. */
    public int assignedId(String module) {
        TierAssignment modules = assignment;
        if (modules != null) {
            return modules.tierOf(module);
        }
        for (int id = 1; id <= MAX_ID; id++) {
            if (byId[id] != null) {
                return id;
            }
        }
        throw new IllegalStateException("the VM has no tier to run " + module);
    }

    /**
     * The tier a process starts in when its first call is {@code exportEntry}: the tier the
     * entry is bound to, or, when its module is not loaded yet, the tier assigned to the module
     * (which loads it there on demand).
     */
    public ExecutionTier startingTier(long exportEntry, AtomTable atoms) {
        int bound = ExportEntry.tier(exportEntry);
        if (has(bound)) {
            return byId[bound];
        }
        return byId(assignedId(atoms.name(ExportEntry.module(exportEntry))));
    }

    /**
     * The stack-trace entry {@code {M, F, Arity, Location}} of continuation pointer {@code cp},
     * as the tier that owns it describes it, built on {@code heap}; NON_VALUE for the bottom
     * CP or a CP no tier here can name.
     */
    public long describeContinuation(long cp, HeapAllocator heap) {
        if (cp == ContinuationPointer.FINISH || !has(ContinuationPointer.tier(cp))) {
            return TermTags.NON_VALUE;
        }
        return byId[ContinuationPointer.tier(cp)].describeContinuation(cp, heap);
    }
}

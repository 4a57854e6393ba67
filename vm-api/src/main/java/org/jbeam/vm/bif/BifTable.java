package org.jbeam.vm.bif;

import java.util.HashMap;
import java.util.Map;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;

/**
 * The BIFs the runtime implements, by {@code Module:Function/Arity}, as OTP's {@code bif.tab}
 * lists them. A tier that meets a call to one of these (a {@code bif}/{@code gc_bif}
 * instruction, or a {@code call_ext} of an import that is a BIF) calls the Java code directly,
 * as BEAM's loader turns such calls into {@code call_bif}.
 */
public final class BifTable {
    private final AtomTable atoms;
    private final Map<Key, Bif> bifs = new HashMap<>();

    public BifTable(AtomTable atoms) {
        this.atoms = atoms;
    }

    /**
     * A table with every BIF this runtime implements but {@code binary_to_term}, which needs
     * the VM's export and fun tables (see the three-argument form).
     */
    public static BifTable standard(AtomTable atoms) {
        return standard(atoms, null, null);
    }

    /** A table with every BIF this runtime implements, {@code binary_to_term} among them. */
    public static BifTable standard(AtomTable atoms, ExportTable exports, FunTable funs) {
        BifTable table = new BifTable(atoms);
        ErlangBifs.register(table);
        ListsBifs.register(table);
        MapBifs.register(table);
        MapIteration.register(table);
        IoBifs.register(table);
        FileBifs.register(table);
        DynamicTraceBifs.register(table);
        AtomicsBifs.register(table, atoms);
        org.jbeam.vm.scheduler.ProcessBifs.register(table);
        GarbageCollectionBifs.register(table, atoms);
        BinaryBifs.register(table);
        ConversionBifs.register(table);
        TupleBifs.register(table);
        ListBifs.register(table);
        TermBifs.register(table, exports, funs);
        ProcessDictionaryBifs.register(table);
        TimeBifs.register(table);
        UnicodeBifs.register(table);
        // Boot (issue 3: jbeam starts like erl).
        org.jbeam.vm.scheduler.HaltBifs.register(table);
        org.jbeam.vm.scheduler.SystemProcessBifs.register(table);
        DisplayBifs.register(table, atoms);
        OsBifs.register(table);
        PersistentTermBifs.register(table, atoms);
        org.jbeam.vm.file.PrimFileNifs.register(table, atoms);
        org.jbeam.vm.zlib.ZlibNifs.register(table, atoms);
        BinaryModuleBifs.register(table, atoms);
        CalendarBifs.register(table);
        org.jbeam.vm.scheduler.ProcessInfoBifs.register(table, atoms);
        org.jbeam.vm.scheduler.ProcessFlagBifs.register(table, atoms);
        org.jbeam.vm.scheduler.SpawnOptBifs.register(table, atoms);
        org.jbeam.vm.scheduler.SystemFlagBifs.register(table, atoms);
        // ETS (issue 3: the logger and the kernel servers keep their state in tables).
        org.jbeam.vm.ets.EtsBifs.register(table, atoms);
        // Ports (issue 3: user and standard_error write through {fd, In, Out} ports).
        org.jbeam.vm.port.PortBifs.register(table, atoms);
        // Code loading (issue 3): programs that reload code let other processes run first.
        org.jbeam.vm.scheduler.YieldBifs.register(table);
        // A node that is not distributed, and the statistics the kernel reads at boot.
        NodeBifs.register(table, atoms);
        org.jbeam.vm.scheduler.StatisticsBifs.register(table, atoms);
        org.jbeam.vm.scheduler.MemoryBifs.register(table, atoms);
        // Conformance corpus: math, checksums and the old hash, the rest of the binary module.
        MathBifs.register(table);
        HashBifs.register(table);
        StringBifs.register(table);
        TimerBifs.register(table);
        BuiltinInfoBifs.register(table);
        // re (PCRE on java.util.regex).
        org.jbeam.vm.regex.ReBifs.register(table, atoms);
        return table;
    }

    /** The atom table the BIFs' names and option atoms live in. */
    AtomTable atoms() {
        return atoms;
    }

    public void register(String module, String function, int arity, Bif bif) {
        bifs.put(new Key(atoms.atom(module), atoms.atom(function), arity), bif);
    }

    /** The BIF {@code module:function/arity} (atom terms), or null when it is not one. */
    public Bif find(long module, long function, int arity) {
        return bifs.get(new Key(module, function, arity));
    }

    private record Key(long module, long function, int arity) {}
}

package org.jbeam.vm.code;

import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * The export table: one native {@link ExportEntry} per {@code Module:Function/Arity} ever
 * named, whether or not its module is loaded (OTP creates entries for remote calls and
 * {@code fun M:F/A} terms the same way). Entries live as long as the VM and never move, so
 * generated code and export terms may hold their addresses.
 */
public final class ExportTable implements AutoCloseable {
    private final ConcurrentHashMap<Key, Long> entries = new ConcurrentHashMap<>();

    /** The entry for {@code module:function/arity}, created (not loaded) when new. */
    public long entry(long module, long function, int arity) {
        return entries.computeIfAbsent(new Key(module, function, arity), k -> {
            long address = NativeAllocator.allocateZeroed(ExportEntry.WORDS * (long) NativeMemory.WORD_BYTES);
            NativeMemory.setWordAt(address, ExportEntry.MODULE, module);
            NativeMemory.setWordAt(address, ExportEntry.FUNCTION, function);
            NativeMemory.setWordAt(address, ExportEntry.ARITY, arity);
            return address;
        });
    }

    /** The entry's address, or 0 when nobody has named it. */
    public long find(long module, long function, int arity) {
        Long address = entries.get(new Key(module, function, arity));
        return address == null ? 0 : address;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public void close() {
        entries.values().forEach(NativeAllocator::free);
        entries.clear();
    }

    private record Key(long module, long function, int arity) {}
}

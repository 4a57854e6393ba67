package org.jbeam.vm.code;

import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * The fun table: one native {@link FunEntry} per {@code (module, index, uniq, old uniq, old
 * index)}, created when
 * a module's {@code FunT} is loaded or when a fun of a not-yet-loaded module arrives in the
 * external format (OTP does the same). Entries never move.
 */
public final class FunTable implements AutoCloseable {
    private final ConcurrentHashMap<Key, Long> entries = new ConcurrentHashMap<>();

    /**
     * The entry for the fun, created when new.
     *
     * @param uniq the module's 16-byte md5
     */
    public long entry(long module, int index, byte[] uniq, long oldUniq, int oldIndex, int arity) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (uniq[i] & 0xFF);
            low = (low << 8) | (uniq[8 + i] & 0xFF);
        }
        long h = high;
        long l = low;
        return entries.computeIfAbsent(new Key(module, index, high, low, oldUniq & 0xFFFF_FFFFL, oldIndex), k -> {
            long address = NativeAllocator.allocateZeroed(FunEntry.WORDS * (long) NativeMemory.WORD_BYTES);
            NativeMemory.setWordAt(address, FunEntry.MODULE, module);
            NativeMemory.setWordAt(address, FunEntry.INDEX, index);
            NativeMemory.setWordAt(address, FunEntry.OLD_UNIQ, oldUniq & 0xFFFF_FFFFL);
            NativeMemory.setWordAt(address, FunEntry.ARITY, arity);
            NativeMemory.setWordAt(address, FunEntry.UNIQ_HIGH, h);
            NativeMemory.setWordAt(address, FunEntry.UNIQ_LOW, l);
            NativeMemory.setWordAt(address, FunEntry.OLD_INDEX, oldIndex);
            return address;
        });
    }

    public int size() {
        return entries.size();
    }

    @Override
    public void close() {
        entries.values().forEach(NativeAllocator::free);
        entries.clear();
    }

    /** Every identifying field, as OTP's {@code fun_cmp} compares them all. */
    private record Key(long module, int index, long uniqHigh, long uniqLow, long oldUniq, int oldIndex) {}
}

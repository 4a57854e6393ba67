package org.jbeam.vm.matchspec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermTags;

/**
 * The match specifications {@code ets:match_spec_compile/1} compiled, each named by a local
 * reference (OTP hands out a magic reference to the compiled program). A reference here has
 * three ids, the third {@link #REFERENCE_MARK}, which neither {@code make_ref/0} (zero there)
 * nor an ETS table (its own mark) uses.
 *
 * <p>OTP frees a compiled specification when the garbage collector drops its last magic
 * reference; jbeam's references are plain terms the collector does not track, so a compiled
 * specification lives until the VM ends ({@link #close}).
 */
public final class CompiledMatchSpecs implements AutoCloseable {
    static final long REFERENCE_MARK = 0x35EC;

    private final AtomicLong nextNumber = new AtomicLong(1);
    private final Map<Long, MatchSpec> byNumber = new ConcurrentHashMap<>();

    /** Keeps {@code spec} and returns its new reference, built on {@code heap}. */
    public long add(MatchSpec spec, HeapAllocator heap) {
        long n = nextNumber.getAndIncrement();
        byNumber.put(n, spec);
        return Identifiers.localReference(heap, new long[] {n & 0xFFFF_FFFFL, n >>> 32, REFERENCE_MARK});
    }

    /** The specification {@code term} names, or null when it names none. */
    public MatchSpec find(long term) {
        if (TermTags.isBoxed(term) && Identifiers.isLocalReference(term) && Identifiers.referenceIdCount(term) == 3
                && Identifiers.referenceId(term, 2) == REFERENCE_MARK) {
            return byNumber.get(Identifiers.referenceId(term, 0) | Identifiers.referenceId(term, 1) << 32);
        }
        return null;
    }

    @Override
    public void close() {
        byNumber.values().forEach(MatchSpec::close);
        byNumber.clear();
    }
}

package org.jbeam.vm.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermTags;

/**
 * The live resources of one kind, each named by a reference term (OTP's
 * {@code enif_make_resource} and {@code enif_get_resource}). A reference carries the
 * resource's number in its first two ids and this table's mark in the third.
 *
 * <p>A resource is removed when its user releases it ({@link #remove}) or when the process
 * that owns it exits ({@link #ownedBy}, which runs {@code release} on it then); a released
 * resource's reference still tells that it was one of this kind ({@link #wasIssued}), as a
 * closed file's handle stays a file handle in OTP.
 *
 * @param <T> the Java object behind a reference
 */
public final class ResourceTable<T> implements AutoCloseable {
    private final long mark;
    private final Consumer<T> release;
    private final AtomicLong nextNumber = new AtomicLong(1);
    private final Map<Long, T> byNumber = new ConcurrentHashMap<>();

    /** A table whose references carry {@code mark}; {@code release} frees a resource whose owner exits. */
    public ResourceTable(long mark, Consumer<T> release) {
        this.mark = mark;
        this.release = release;
    }

    /** Keeps {@code resource} and returns its new reference, built on {@code heap}. */
    public long add(T resource, HeapAllocator heap) {
        long n = nextNumber.getAndIncrement();
        byNumber.put(n, resource);
        return Identifiers.localReference(heap, new long[] {n & 0xFFFF_FFFFL, n >>> 32, mark});
    }

    /**
     * Keeps {@code resource} owned by {@code owner}: when that process exits, the resource is
     * released and removed. Returns its new reference, built on the owner's heap.
     */
    public long ownedBy(ErlangProcess owner, T resource) {
        long reference = add(resource, owner.heap());
        long number = number(reference);
        ProcessControl control = owner.control();
        if (control != null) {
            control.addExitHook(new OwnerKey(this, number), () -> {
                T released = byNumber.remove(number);
                if (released != null) {
                    release.accept(released);
                }
            });
        }
        return reference;
    }

    /** The resource {@code term} names, or null when it names none that is live. */
    public T find(long term) {
        long number = number(term);
        return number < 0 ? null : byNumber.get(number);
    }

    /** Removes the resource {@code term} names; returns it, or null when none was live. */
    public T remove(ErlangProcess caller, long term) {
        long number = number(term);
        if (number < 0) {
            return null;
        }
        T removed = byNumber.remove(number);
        ProcessControl control = caller.control();
        if (removed != null && control != null) {
            // Hooks are touched only from their process's thread: the caller forgets its own
            // (if it owned the resource); an owner's hook left behind finds nothing to release.
            control.removeExitHook(new OwnerKey(this, number));
        }
        return removed;
    }

    /** Whether {@code term} is a reference this table handed out, live or released. */
    public boolean wasIssued(long term) {
        long number = number(term);
        return number > 0 && number < nextNumber.get();
    }

    /** The live resources, for the VM's end. */
    public List<T> live() {
        return List.copyOf(byNumber.values());
    }

    /** Releases every live resource (the VM ends). */
    @Override
    public void close() {
        for (Long number : List.copyOf(byNumber.keySet())) {
            T resource = byNumber.remove(number);
            if (resource != null) {
                release.accept(resource);
            }
        }
    }

    /** The number {@code term} carries when it is one of this table's references, else -1. */
    private long number(long term) {
        if (TermTags.isBoxed(term) && Identifiers.isLocalReference(term) && Identifiers.referenceIdCount(term) == 3
                && Identifiers.referenceId(term, 2) == mark) {
            return Identifiers.referenceId(term, 0) | Identifiers.referenceId(term, 1) << 32;
        }
        return -1;
    }

    /** The exit-hook key of one owned resource. */
    private record OwnerKey(ResourceTable<?> table, long number) {
    }
}

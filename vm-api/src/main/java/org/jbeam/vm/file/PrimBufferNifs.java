package org.jbeam.vm.file;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The NIFs of {@code prim_buffer} ({@code prim_buffer_nif.c}), the read-ahead buffer of
 * {@code prim_file}: {@code new/0}, {@code size/1}, {@code peek_head/1},
 * {@code copying_read/2}, {@code write/2}, {@code skip/2}, {@code find_byte_index/2},
 * {@code try_lock/1} and {@code unlock/1}; {@code read/2}, {@code read_iovec/2} and
 * {@code wipe/1} are Erlang over these. Reading or skipping more than the buffer holds,
 * peeking into an empty buffer and a needle outside 0..255 are {@code badarg}; unlocking a
 * buffer that is not locked raises {@code lock_order_violation}.
 *
 * <p>OTP frees a buffer with its last reference; here a buffer goes when the process that
 * made it exits (a buffer lives in its owner's file descriptor record).
 */
final class PrimBufferNifs {
    /** The third id of every buffer reference. */
    private static final long BUFFER_MARK = 0xB0FF;

    private final AtomTable atoms;
    private final ResourceTable<PrimBuffer> buffers = new ResourceTable<>(BUFFER_MARK, buffer -> { });

    private PrimBufferNifs(AtomTable atoms) {
        this.atoms = atoms;
    }

    static void register(BifTable t, AtomTable atoms) {
        PrimBufferNifs nifs = new PrimBufferNifs(atoms);
        t.register("prim_buffer", "new", 0, (p, a) -> nifs.buffers.ownedBy(p, new PrimBuffer()));
        t.register("prim_buffer", "size", 1, (p, a) -> Integers.fromLong(p.heap(), nifs.buffer(a[0]).size()));
        t.register("prim_buffer", "peek_head", 1, (p, a) -> nifs.peekHead(p, a[0]));
        t.register("prim_buffer", "copying_read", 2, (p, a) -> {
            PrimBuffer buffer = nifs.buffer(a[0]);
            synchronized (buffer) {
                return Binaries.make(p.heap(), buffer.read(available(buffer, a[1])));
            }
        });
        t.register("prim_buffer", "write", 2, (p, a) -> {
            nifs.buffer(a[0]).write(FileHandleNifs.iovec(a[1]));
            return Atoms.OK;
        });
        t.register("prim_buffer", "skip", 2, (p, a) -> {
            PrimBuffer buffer = nifs.buffer(a[0]);
            synchronized (buffer) {
                buffer.skip(available(buffer, a[1]));
            }
            return Atoms.OK;
        });
        t.register("prim_buffer", "find_byte_index", 2, (p, a) -> nifs.find(p, a[0], a[1]));
        t.register("prim_buffer", "try_lock", 1,
                (p, a) -> atoms.atom(nifs.buffer(a[0]).tryLock() ? "acquired" : "busy"));
        t.register("prim_buffer", "unlock", 1, (p, a) -> {
            if (!nifs.buffer(a[0]).unlock()) {
                throw ErlangException.error(atoms.atom("lock_order_violation"), "prim_buffer:unlock/1: not locked");
            }
            return Atoms.OK;
        });
    }

    private PrimBuffer buffer(long term) {
        PrimBuffer buffer = buffers.find(term);
        if (buffer == null) {
            throw ErlangException.badarg("prim_buffer: not a buffer");
        }
        return buffer;
    }

    /** A byte count no larger than what {@code buffer} holds; {@code badarg} otherwise. */
    private static long available(PrimBuffer buffer, long count) {
        if (!TermTags.isSmall(count) || TermTags.smallValue(count) < 0 || TermTags.smallValue(count) > buffer.size()) {
            throw ErlangException.badarg("prim_buffer: more than the buffer holds");
        }
        return TermTags.smallValue(count);
    }

    private long peekHead(ErlangProcess p, long term) {
        byte[] head = buffer(term).head();
        if (head == null) {
            throw ErlangException.badarg("prim_buffer: the buffer is empty");
        }
        return Binaries.make(p.heap(), head);
    }

    private long find(ErlangProcess p, long term, long needle) {
        PrimBuffer buffer = buffer(term);
        if (!TermTags.isSmall(needle) || TermTags.smallValue(needle) < 0 || TermTags.smallValue(needle) > 255) {
            throw ErlangException.badarg("prim_buffer: the needle must be a byte");
        }
        long index = buffer.indexOf((int) TermTags.smallValue(needle));
        return index < 0 ? atoms.atom("not_found")
                : Tuples.make(p.heap(), Atoms.OK, Integers.fromLong(p.heap(), index));
    }
}

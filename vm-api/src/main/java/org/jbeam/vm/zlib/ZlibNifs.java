package org.jbeam.vm.zlib;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The NIFs of OTP 25's {@code zlib} module ({@code zlib_nif.c}); {@code zlib.erl} builds the
 * documented API on them. Every call but {@code open_nif} checks that its caller controls the
 * stream ({@code not_on_controlling_process}) and that the stream is initialized for what it
 * asks ({@code not_initialized}, {@code already_initialized}); zlib's failures are raised as
 * errors with zlib's code name ({@code data_error}, {@code stream_error}).
 *
 * <p>A stream lives until {@code close/1} or the exit of the process that opened it; a closed
 * stream's reference answers {@code not_initialized}.
 */
public final class ZlibNifs {
    /** The third id of every stream reference. */
    private static final long STREAM_MARK = 0x21B;

    private final AtomTable atoms;
    private final ResourceTable<ZlibStream> streams = new ResourceTable<>(STREAM_MARK, ZlibStream::close);

    private ZlibNifs(AtomTable atoms) {
        this.atoms = atoms;
    }

    public static void register(BifTable t, AtomTable atoms) {
        ZlibNifs nifs = new ZlibNifs(atoms);
        t.register("zlib", "open_nif", 0, (p, a) -> nifs.streams.ownedBy(p, new ZlibStream(p.pid())));
        t.register("zlib", "close_nif", 1, (p, a) -> nifs.guarded(() -> nifs.close(p, a[0])));
        t.register("zlib", "set_controller_nif", 2, (p, a) -> nifs.guarded(() -> nifs.setController(p, a[0], a[1])));
        registerDeflate(t, nifs);
        registerInflate(t, nifs);
        t.register("zlib", "crc32_nif", 1, nifs.with((p, s, a) -> {
            if (s.codec == null) {
                throw new ZlibFailure("not_initialized");
            }
            return Integers.fromLong(p.heap(), s.codec.crc32());
        }));
        t.register("zlib", "getStash_nif", 1, nifs.with((p, s, a) -> s.stashHeap == null ? atoms.atom("empty")
                : Tuples.make(p.heap(), Atoms.OK, TermCopier.copy(s.stashTerm, p.heap()))));
        t.register("zlib", "clearStash_nif", 1, nifs.with((p, s, a) -> {
            if (s.stashHeap == null) {
                throw new ZlibFailure("error");
            }
            s.clearStash();
            return Atoms.OK;
        }));
        t.register("zlib", "setStash_nif", 2, nifs.with((p, s, a) -> {
            if (s.stashHeap != null) {
                throw new ZlibFailure("error");
            }
            s.stashHeap = new HeapFragments();
            s.stashTerm = TermCopier.copy(a[1], s.stashHeap);
            return Atoms.OK;
        }));
        t.register("zlib", "getBufSize_nif", 1, nifs.with((p, s, a) -> TermTags.makeSmall(s.inflateChunkSize)));
        t.register("zlib", "setBufSize_nif", 2, nifs.with((p, s, a) -> {
            s.inflateChunkSize = intArgument(a[1]);
            return Atoms.OK;
        }));
        t.register("zlib", "enqueue_nif", 2, nifs.with((p, s, a) -> {
            if (s.state == ZlibStream.State.NONE) {
                throw new ZlibFailure("not_initialized");
            }
            s.input.add(iovec(a[1]));
            return Atoms.OK;
        }));
    }

    private static void registerDeflate(BifTable t, ZlibNifs nifs) {
        t.register("zlib", "deflateInit_nif", 6, nifs.withInit((p, s, a) -> {
            int level = intArgument(a[1]);
            intArgument(a[2]);
            int windowBits = intArgument(a[3]);
            intArgument(a[4]);
            int strategy = intArgument(a[5]);
            requireState(s, ZlibStream.State.NONE, "already_initialized");
            s.codec = new DeflateCodec(level, windowBits, strategy);
            s.state = ZlibStream.State.DEFLATE;
            return Atoms.OK;
        }));
        t.register("zlib", "deflateSetDictionary_nif", 2, nifs.with((p, s, a) -> {
            byte[] dictionary = IoData.bytes(a[1]);
            requireState(s, ZlibStream.State.DEFLATE, "not_initialized");
            return Integers.fromLong(p.heap(), ((DeflateCodec) s.codec).setDictionary(dictionary));
        }));
        t.register("zlib", "deflateReset_nif", 1, nifs.with((p, s, a) -> reset(s, ZlibStream.State.DEFLATE)));
        t.register("zlib", "deflateEnd_nif", 1, nifs.with((p, s, a) -> end(s, ZlibStream.State.DEFLATE, true)));
        t.register("zlib", "deflateParams_nif", 3, nifs.with((p, s, a) -> {
            int level = intArgument(a[1]);
            int strategy = intArgument(a[2]);
            requireState(s, ZlibStream.State.DEFLATE, "not_initialized");
            ((DeflateCodec) s.codec).params(level, strategy, s.pending);
            return Atoms.OK;
        }));
        t.register("zlib", "deflate_nif", 4, nifs.with((p, s, a) -> nifs.codec(p, s, a, ZlibStream.State.DEFLATE)));
    }

    private static void registerInflate(BifTable t, ZlibNifs nifs) {
        t.register("zlib", "inflateInit_nif", 3, nifs.withInit((p, s, a) -> {
            int windowBits = intArgument(a[1]);
            int eosBehavior = intArgument(a[2]);
            requireState(s, ZlibStream.State.NONE, "already_initialized");
            s.codec = new InflateCodec(windowBits);
            s.eosBehavior = eosBehavior;
            s.state = ZlibStream.State.INFLATE;
            return Atoms.OK;
        }));
        t.register("zlib", "inflateSetDictionary_nif", 2, nifs.with((p, s, a) -> {
            byte[] dictionary = IoData.bytes(a[1]);
            requireState(s, ZlibStream.State.INFLATE, "not_initialized");
            ((InflateCodec) s.codec).setDictionary(dictionary);
            return Atoms.OK;
        }));
        t.register("zlib", "inflateGetDictionary_nif", 1, nifs.with((p, s, a) -> {
            requireState(s, ZlibStream.State.INFLATE, "not_initialized");
            return Binaries.make(p.heap(), ((InflateCodec) s.codec).dictionary());
        }));
        t.register("zlib", "inflateReset_nif", 1, nifs.with((p, s, a) -> reset(s, ZlibStream.State.INFLATE)));
        t.register("zlib", "inflateEnd_nif", 1, nifs.with((p, s, a) -> end(s, ZlibStream.State.INFLATE,
                s.codec instanceof InflateCodec inflate && inflate.ended())));
        t.register("zlib", "inflate_nif", 4, nifs.with((p, s, a) -> {
            requireState(s, ZlibStream.State.INFLATE, "not_initialized");
            InflateCodec inflate = (InflateCodec) s.codec;
            if (inflate.ended() && !s.input.isEmpty()) {
                afterEnd(s, inflate);
            }
            return nifs.codec(p, s, a, ZlibStream.State.INFLATE);
        }));
    }

    /** What {@code inflate} does with input after the end of a stream, by the stream's end-of-stream behaviour. */
    private static void afterEnd(ZlibStream s, InflateCodec inflate) {
        switch (s.eosBehavior) {
            case ZlibStream.EOS_ERROR -> throw new ZlibFailure("data_error");
            case ZlibStream.EOS_RESET -> inflate.nextStream();
            default -> s.resetInput();
        }
    }

    /**
     * One {@code deflate_nif}/{@code inflate_nif} call ({@code zlib_codec}):
     * {@code {finished, Out}} once all input is consumed and the output did not fill the chunk,
     * {@code {need_dictionary, Adler, Out}} when inflating needs one, else {@code {continue, Out}};
     * a call that consumes and produces nothing while input waits is {@code data_error}.
     */
    private long codec(ErlangProcess p, ZlibStream s, long[] a, ZlibStream.State expected) {
        int inputChunk = intArgument(a[1]);
        int outputChunk = intArgument(a[2]);
        int flush = intArgument(a[3]);
        requireState(s, expected, "not_initialized");
        long before = s.input.size();
        boolean needDictionary = s.codec.run(s.input, inputChunk, flush, s.pending);
        byte[] produced = s.pending.take(outputChunk);
        if (before == s.input.size() && produced.length == 0 && !s.input.isEmpty()) {
            throw new ZlibFailure("data_error");
        }
        long output = produced.length == 0 ? TermTags.NIL : Lists.cons(p.heap(), Binaries.make(p.heap(), produced), TermTags.NIL);
        if (s.input.isEmpty() && produced.length < outputChunk) {
            return Tuples.make(p.heap(), atoms.atom("finished"), output);
        }
        if (!needDictionary) {
            return Tuples.make(p.heap(), atoms.atom("continue"), output);
        }
        long adler = Integers.fromLong(p.heap(), ((InflateCodec) s.codec).adler());
        return Tuples.make(p.heap(), atoms.atom("need_dictionary"), adler, output);
    }

    private static long reset(ZlibStream s, ZlibStream.State expected) {
        requireState(s, expected, "not_initialized");
        s.codec.reset();
        s.resetInput();
        return Atoms.OK;
    }

    /** {@code deflateEnd}/{@code inflateEnd}: unconsumed input (or an unfinished inflate) is {@code data_error}. */
    private static long end(ZlibStream s, ZlibStream.State expected, boolean complete) {
        requireState(s, expected, "not_initialized");
        boolean leftOver = !s.input.isEmpty() || !complete;
        s.close();
        if (leftOver) {
            throw new ZlibFailure("data_error");
        }
        return Atoms.OK;
    }

    private long close(ErlangProcess p, long term) {
        ZlibStream s = stream(p, term);
        s.close();
        streams.remove(p, term);
        return Atoms.OK;
    }

    private long setController(ErlangProcess p, long term, long pid) {
        if (!TermTags.isLocalPid(pid)) {
            throw ErlangException.badarg("zlib: not a local pid");
        }
        stream(p, term).controller = pid;
        return Atoms.OK;
    }

    /** The stream {@code term} names, used by its controlling process. */
    private ZlibStream stream(ErlangProcess p, long term) {
        ZlibStream s = streams.find(term);
        if (s == null) {
            throw streams.wasIssued(term) ? new ZlibFailure("not_initialized")
                    : ErlangException.badarg("zlib: not a zlib stream");
        }
        if (s.controller != p.pid()) {
            throw new ZlibFailure("not_on_controlling_process");
        }
        return s;
    }

    private static void requireState(ZlibStream s, ZlibStream.State expected, String otherwise) {
        if (s.state != expected) {
            throw new ZlibFailure(otherwise);
        }
    }

    private static int intArgument(long term) {
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) != (int) TermTags.smallValue(term)) {
            throw ErlangException.badarg("zlib: an int is needed");
        }
        return (int) TermTags.smallValue(term);
    }

    /** The bytes of an iovec: a list of binaries. */
    private static byte[] iovec(long list) {
        if (!TermTags.isList(list) && list != TermTags.NIL) {
            throw ErlangException.badarg("zlib: not an iovec");
        }
        return IoData.bytes(list);
    }

    /** A NIF body given its caller's stream. */
    private interface StreamNif {
        long call(ErlangProcess p, ZlibStream s, long[] args);
    }

    private Bif with(StreamNif nif) {
        return (p, a) -> guarded(() -> nif.call(p, stream(p, a[0]), a));
    }

    /** An init NIF: on a closed stream it answers {@code already_initialized}, as a closed stream's state is not "none". */
    private Bif withInit(StreamNif nif) {
        return (p, a) -> guarded(() -> {
            if (streams.find(a[0]) == null && streams.wasIssued(a[0])) {
                throw new ZlibFailure("already_initialized");
            }
            return nif.call(p, stream(p, a[0]), a);
        });
    }

    private long guarded(java.util.function.LongSupplier body) {
        try {
            return body.getAsLong();
        } catch (ZlibFailure failure) {
            throw ErlangException.error(atoms.atom(failure.reason()), "zlib: " + failure.reason());
        }
    }
}

package org.jbeam.vm.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The NIFs of {@code prim_file} on open files ({@code prim_file_nif.c}): {@code open_nif},
 * {@code close_nif}, {@code read_nif}, {@code write_nif}, {@code pread_nif},
 * {@code pwrite_nif}, {@code seek_nif}, {@code sync_nif}, {@code truncate_nif},
 * {@code allocate_nif}, {@code advise_nif}, {@code read_handle_info_nif},
 * {@code get_handle_nif}, {@code delayed_close_nif} and {@code ipread_s32bu_p32bu_nif}.
 *
 * <p>A file handle is a resource reference ({@link ResourceTable}); the file is closed when
 * its owner (the opener) exits, as the NIF's process monitor makes erts close it. A handle
 * that is not a file handle is {@code badarg}; a closed file's handle answers
 * {@code {error, einval}}, as erts's closed state does. An argument that is a number but
 * outside what the call takes is {@code einval}, any other bad argument {@code badarg}.
 */
final class FileHandleNifs {
    /** The third id of every file handle. */
    private static final long FILE_MARK = 0xF11E;

    private final AtomTable atoms;
    private final FilePaths paths;
    private final FileInfoRecord info;
    private final ResourceTable<OpenFile> files = new ResourceTable<>(FILE_MARK, OpenFile::closeQuietly);

    private FileHandleNifs(AtomTable atoms, FilePaths paths, FileInfoRecord info) {
        this.atoms = atoms;
        this.paths = paths;
        this.info = info;
    }

    static void register(BifTable t, AtomTable atoms, FilePaths paths, FileInfoRecord info) {
        FileHandleNifs nifs = new FileHandleNifs(atoms, paths, info);
        t.register("prim_file", "open_nif", 2, nifs::open);
        t.register("prim_file", "close_nif", 1, nifs::close);
        t.register("prim_file", "delayed_close_nif", 1, nifs::delayedClose);
        t.register("prim_file", "read_nif", 2, (p, a) -> nifs.onFile(p, a[0], file -> {
            long size = nifs.natural(a[1]);
            return nifs.data(p, file.read(size));
        }));
        t.register("prim_file", "write_nif", 2, (p, a) -> nifs.onFile(p, a[0], file -> {
            file.write(iovec(a[1]));
            return Atoms.OK;
        }));
        t.register("prim_file", "pread_nif", 3, (p, a) -> nifs.onFile(p, a[0], file -> {
            requireNumbers(a[1], a[2]);
            long offset = nifs.natural(a[1]);
            return nifs.data(p, file.pread(offset, nifs.natural(a[2])));
        }));
        t.register("prim_file", "pwrite_nif", 3, (p, a) -> nifs.onFile(p, a[0], file -> {
            requireNumbers(a[1], a[1]);
            byte[] data = iovec(a[2]);
            file.pwrite(nifs.natural(a[1]), data);
            return Atoms.OK;
        }));
        t.register("prim_file", "seek_nif", 3, (p, a) -> nifs.onFile(p, a[0], file -> nifs.seek(p, file, a[1], a[2])));
        t.register("prim_file", "sync_nif", 2, (p, a) -> nifs.onFile(p, a[0], file -> {
            file.sync(intArgument(a[1]) != 0);
            return Atoms.OK;
        }));
        t.register("prim_file", "truncate_nif", 1, (p, a) -> nifs.onFile(p, a[0], file -> {
            file.truncate();
            return Atoms.OK;
        }));
        t.register("prim_file", "allocate_nif", 3, (p, a) -> nifs.onFile(p, a[0], file -> {
            requireNumbers(a[1], a[2]);
            file.allocate(nifs.natural(a[1]), nifs.natural(a[2]));
            return Atoms.OK;
        }));
        t.register("prim_file", "advise_nif", 4, (p, a) -> nifs.onFile(p, a[0], file -> nifs.advise(a[1], a[2], a[3])));
        t.register("prim_file", "read_handle_info_nif", 1,
                (p, a) -> nifs.onFile(p, a[0], file -> info.handleInfo(p.heap(), file.path())));
        t.register("prim_file", "get_handle_nif", 1, (p, a) -> nifs.onFile(p, a[0], file -> nifs.handle(p, a[0])));
        t.register("prim_file", "ipread_s32bu_p32bu_nif", 3,
                (p, a) -> nifs.onFile(p, a[0], file -> nifs.indirectRead(p, file, a[1], a[2])));
    }

    /** An operation on an open file that may fail with a file-system error. */
    @FunctionalInterface
    private interface FileOperation {
        long run(OpenFile file) throws IOException;
    }

    /** Runs {@code operation} on the file {@code handle} names, as {@code file_handle_wrapper} does. */
    private long onFile(ErlangProcess p, long handle, FileOperation operation) {
        OpenFile file = files.find(handle);
        if (file == null) {
            return closedOrBadarg(p, handle);
        }
        synchronized (file) {
            if (!file.isOpen()) {
                return error(p, "einval");
            }
            try {
                return operation.run(file);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ErlangException erlang) {
                    throw erlang;
                }
                return error(p, PosixErrors.of(e));
            }
        }
    }

    private long closedOrBadarg(ErlangProcess p, long handle) {
        if (files.wasIssued(handle)) {
            return error(p, "einval");
        }
        throw ErlangException.badarg("prim_file: not a file handle");
    }

    /** {@code open_nif(Name, Modes)}: {@code {ok, Handle}} owned by the caller, or {@code {error, Posix}}. */
    private long open(ErlangProcess p, long[] a) {
        OpenModes modes = OpenModes.parse(a[1], atoms);
        try {
            Path path = paths.resolve(a[0]);
            OpenFile file = new OpenFile(openChannel(path, modes), path, modes.append());
            return Tuples.make(p.heap(), Atoms.OK, files.ownedBy(p, file));
        } catch (IOException | RuntimeException e) {
            return error(p, PosixErrors.of(e));
        }
    }

    /**
     * Opens as {@code efile_open}: a directory only in {@code directory} mode (which cannot
     * create, so writing there is {@code einval} as {@code O_CREAT | O_DIRECTORY} is), and
     * without it a directory is {@code eisdir} unless the type check is skipped.
     */
    private static FileChannel openChannel(Path path, OpenModes modes) throws IOException {
        if (modes.directory()) {
            if (modes.write()) {
                throw new PosixError("einval");
            }
            if (!Files.exists(path)) {
                throw new java.nio.file.NoSuchFileException(path.toString());
            }
            if (!modes.skipTypeCheck() && !Files.isDirectory(path)) {
                throw new PosixError("enotdir");
            }
        }
        FileChannel channel = FileChannel.open(path, modes.options());
        if (!modes.directory() && !modes.skipTypeCheck() && Files.isDirectory(path)) {
            channel.close();
            throw new PosixError("eisdir");
        }
        return channel;
    }

    /** {@code close_nif}: ok, {@code {error, einval}} when already closed. */
    private long close(ErlangProcess p, long[] a) {
        OpenFile file = files.remove(p, a[0]);
        if (file == null) {
            return closedOrBadarg(p, a[0]);
        }
        synchronized (file) {
            try {
                file.close();
                return Atoms.OK;
            } catch (IOException e) {
                return error(p, PosixErrors.of(e));
            }
        }
    }

    /** {@code delayed_close_nif}: closes a file whose owner has gone; ok whatever its state. */
    private long delayedClose(ErlangProcess p, long[] a) {
        OpenFile file = files.remove(p, a[0]);
        if (file != null) {
            file.closeQuietly();
        } else if (!files.wasIssued(a[0])) {
            throw ErlangException.badarg("prim_file: not a file handle");
        }
        return Atoms.OK;
    }

    private long seek(ErlangProcess p, OpenFile file, long mark, long offset) throws IOException {
        Long value = int64(offset);
        if (value == null) {
            throw ErlangException.badarg("seek_nif: the offset must be an integer");
        }
        String whence = TermTags.isAtom(mark) ? atoms.name(mark) : "";
        if (!whence.equals("bof") && !whence.equals("cur") && !whence.equals("eof")) {
            throw ErlangException.badarg("seek_nif: the mark must be bof, cur or eof");
        }
        return Tuples.make(p.heap(), Atoms.OK, Integers.fromLong(p.heap(), file.seek(whence, value)));
    }

    /** {@code advise_nif}: the advice is checked and, being only a hint, taken as given. */
    private long advise(long offset, long length, long advice) throws IOException {
        requireNumbers(offset, length);
        natural(offset);
        natural(length);
        String name = TermTags.isAtom(advice) ? atoms.name(advice) : "";
        return switch (name) {
            case "normal", "random", "sequential", "will_need", "dont_need", "no_reuse" -> Atoms.OK;
            default -> throw new PosixError("einval");
        };
    }

    /**
     * {@code get_handle_nif}: erts gives the descriptor's number as four native-endian bytes;
     * the JDK does not show descriptors, so this is the handle's own number in the same shape.
     */
    private long handle(ErlangProcess p, long reference) {
        long number = org.jbeam.vm.term.Identifiers.referenceId(reference, 0);
        byte[] bytes = {(byte) number, (byte) (number >>> 8), (byte) (number >>> 16), (byte) (number >>> 24)};
        return Binaries.make(p.heap(), bytes);
    }

    /**
     * {@code ipread_s32bu_p32bu_nif(Offset, MaxSize)}: reads the pointer {@code <<Size:32,
     * Pointer:32>>} at Offset, then Size bytes at Pointer: {@code {ok, {Size, Pointer, Data}}},
     * Data {@code eof} when nothing is there; {@code eof} when the pointer is short or Size
     * exceeds MaxSize.
     */
    private long indirectRead(ErlangProcess p, OpenFile file, long offsetTerm, long maxTerm) throws IOException {
        requireNumbers(offsetTerm, maxTerm);
        Long offset = int64(offsetTerm);
        Long max = int64(maxTerm);
        if (offset == null || max == null || offset < 0 || max >= 1L << 31) {
            throw new PosixError("einval");
        }
        byte[] pointer = file.pread(offset, 8);
        if (pointer == null || pointer.length < 8) {
            return atoms.atom("eof");
        }
        long size = java.nio.ByteBuffer.wrap(pointer).getInt(0) & 0xFFFF_FFFFL;
        long at = java.nio.ByteBuffer.wrap(pointer).getInt(4) & 0xFFFF_FFFFL;
        if (size > max) {
            return atoms.atom("eof");
        }
        byte[] data = file.pread(at, size);
        HeapAllocator h = p.heap();
        long payload = data == null ? atoms.atom("eof") : Binaries.make(h, data);
        return Tuples.make(h, Atoms.OK, Tuples.make(h, Integers.fromLong(h, size), Integers.fromLong(h, at), payload));
    }

    /** {@code {ok, Binary}}, or {@code eof} for no data. */
    private long data(ErlangProcess p, byte[] bytes) {
        return bytes == null ? atoms.atom("eof") : Tuples.make(p.heap(), Atoms.OK, Binaries.make(p.heap(), bytes));
    }

    /** A non-negative 64-bit integer; {@code einval} for any other number. */
    private long natural(long term) throws PosixError {
        if (!isNumber(term)) {
            throw ErlangException.badarg("prim_file: a number is needed");
        }
        Long value = int64(term);
        if (value == null || value < 0) {
            throw new PosixError("einval");
        }
        return value;
    }

    private static void requireNumbers(long first, long second) {
        if (!isNumber(first) || !isNumber(second)) {
            throw ErlangException.badarg("prim_file: a number is needed");
        }
    }

    private static boolean isNumber(long term) {
        return Integers.isInteger(term) || Floats.isFloat(term);
    }

    /** The value of an integer that fits 64 bits, else null (floats and big integers). */
    private static Long int64(long term) {
        if (TermTags.isSmall(term)) {
            return TermTags.smallValue(term);
        }
        if (Integers.isBignum(term)) {
            BigInteger value = Integers.toBigInteger(term);
            return value.bitLength() < 64 ? value.longValue() : null;
        }
        return null;
    }

    private static int intArgument(long term) {
        Long value = int64(term);
        if (value == null || value != (int) (long) value) {
            throw ErlangException.badarg("prim_file: an int is needed");
        }
        return (int) (long) value;
    }

    /** The bytes of an iovec (a list of binaries, as {@code erlang:iolist_to_iovec/1} makes); {@code badarg} otherwise. */
    static byte[] iovec(long list) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long rest = list;
        while (TermTags.isList(rest)) {
            bytes.writeBytes(NativeNames.bytes(Lists.head(rest)));
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("not an iovec");
        }
        return bytes.toByteArray();
    }

    private long error(ErlangProcess p, String posix) {
        return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom(posix));
    }
}

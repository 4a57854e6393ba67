package org.jbeam.vm.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The path-level NIFs of {@code prim_file} (OTP's {@code prim_file_nif.c} over
 * {@code unix_prim_file.c}) and its filename BIFs ({@code erl_bif_unicode.c}'s
 * {@code internal_name2native} family), in Java over {@code java.nio.file}; registering them
 * also registers the NIFs on open files ({@link FileHandleNifs}) and {@code prim_buffer}'s
 * ({@link PrimBufferNifs}). Errors are the POSIX atoms erl returns ({@code {error, enoent}}...);
 * a name that is not a NUL-terminated binary is {@code einval}, as {@code efile_marshal_path}
 * says. {@code get_device_cwd_nif} and {@code altname_nif} are {@code enotsup}, as on Unix.
 */
public final class PrimFileNifs {
    private final AtomTable atoms;
    private final FilePaths paths = new FilePaths();
    private final FileInfoRecord info;

    private PrimFileNifs(AtomTable atoms) {
        this.atoms = atoms;
        this.info = new FileInfoRecord(atoms);
    }

    public static void register(BifTable t, AtomTable atoms) {
        PrimFileNifs files = new PrimFileNifs(atoms);
        t.register("prim_file", "internal_name2native", 1,
                (p, a) -> Binaries.make(p.heap(), NativeNames.toNative(a[0])));
        t.register("prim_file", "internal_native2name", 1, (p, a) -> NativeNames.charList(p.heap(),
                new String(NativeNames.strip(NativeNames.bytes(a[0])), StandardCharsets.UTF_8)));
        t.register("prim_file", "internal_normalize_utf8", 1,
                (p, a) -> Binaries.make(p.heap(), NativeNames.bytes(a[0])));
        t.register("prim_file", "is_translatable", 1, (p, a) -> Atoms.TRUE);
        t.register("prim_file", "get_cwd_nif", 0, (p, a) -> files.ok(p,
                Binaries.make(p.heap(), files.paths.cwd().toString().getBytes(StandardCharsets.UTF_8))));
        t.register("prim_file", "get_device_cwd_nif", 1, (p, a) -> {
            intArgument(a[0]);
            return files.error(p, "enotsup");
        });
        t.register("prim_file", "altname_nif", 1, (p, a) -> files.attempt(p, () -> {
            files.paths.resolve(a[0]);
            return files.error(p, "enotsup");
        }));
        t.register("prim_file", "set_cwd_nif", 1, (p, a) -> files.attempt(p, () -> files.setCwd(files.paths.resolve(a[0]))));
        t.register("prim_file", "read_file_nif", 1, (p, a) -> files.attempt(p, () -> files.readFile(p, files.paths.resolve(a[0]))));
        t.register("prim_file", "read_info_nif", 2, (p, a) -> {
            boolean follow = intArgument(a[1]) != 0;
            return files.attempt(p, () -> files.info.pathInfo(p.heap(), files.paths.resolve(a[0]), follow));
        });
        t.register("prim_file", "list_dir_nif", 1, (p, a) -> files.attempt(p, () -> files.listDir(p, files.paths.resolve(a[0]))));
        t.register("prim_file", "read_link_nif", 1, (p, a) -> files.attempt(p, () -> files.ok(p,
                Binaries.make(p.heap(), Files.readSymbolicLink(files.paths.resolve(a[0])).toString()
                        .getBytes(StandardCharsets.UTF_8)))));
        registerChanges(t, files);
        FileHandleNifs.register(t, atoms, files.paths, files.info);
        PrimBufferNifs.register(t, atoms);
    }

    /** The NIFs that change the file system. */
    private static void registerChanges(BifTable t, PrimFileNifs files) {
        FilePaths paths = files.paths;
        t.register("prim_file", "make_dir_nif", 1, (p, a) -> files.attempt(p, () -> {
            Files.createDirectory(paths.resolve(a[0]));
            return Atoms.OK;
        }));
        t.register("prim_file", "del_file_nif", 1, (p, a) -> files.attempt(p, () -> deleteFile(paths.resolve(a[0]))));
        t.register("prim_file", "del_dir_nif", 1, (p, a) -> files.attempt(p, () -> deleteDir(paths.resolve(a[0]))));
        t.register("prim_file", "rename_nif", 2, (p, a) -> files.attempt(p, () -> rename(paths.resolve(a[0]), paths.resolve(a[1]))));
        t.register("prim_file", "make_hard_link_nif", 2, (p, a) -> files.attempt(p, () -> {
            Path existing = paths.resolve(a[0]);
            Files.createLink(paths.resolve(a[1]), existing);
            return Atoms.OK;
        }));
        t.register("prim_file", "make_soft_link_nif", 2, (p, a) -> files.attempt(p, () -> {
            // The link holds the target as written, relative to the link's own directory.
            Path target = Path.of(FilePaths.text(a[0]));
            Files.createSymbolicLink(paths.resolve(a[1]), target);
            return Atoms.OK;
        }));
        t.register("prim_file", "set_permissions_nif", 2, (p, a) -> {
            int mode = intArgument(a[1]);
            return files.attempt(p, () -> setPermissions(paths.resolve(a[0]), mode));
        });
        t.register("prim_file", "set_owner_nif", 3, (p, a) -> {
            int uid = intArgument(a[1]);
            int gid = intArgument(a[2]);
            return files.attempt(p, () -> setOwner(paths.resolve(a[0]), uid, gid));
        });
        t.register("prim_file", "set_time_nif", 4, (p, a) -> {
            long accessed = int64Argument(a[1]);
            long modified = int64Argument(a[2]);
            int64Argument(a[3]);
            return files.attempt(p, () -> {
                // utime(2) sets the access and modification times; the change time is the kernel's.
                Files.getFileAttributeView(paths.resolve(a[0]), BasicFileAttributeView.class)
                        .setTimes(FileTime.fromMillis(modified * 1000), FileTime.fromMillis(accessed * 1000), null);
                return Atoms.OK;
            });
        });
    }

    /** An operation that may fail with a file-system error, turned into {@code {error, Posix}}. */
    @FunctionalInterface
    private interface FileOperation {
        long run() throws IOException;
    }

    private long attempt(ErlangProcess p, FileOperation operation) {
        try {
            return operation.run();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return error(p, e instanceof UnsupportedOperationException ? "enotsup" : PosixErrors.of(e));
        }
    }

    /** {@code chdir}: the VM's working directory changes. */
    private long setCwd(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (!Files.isDirectory(path)) {
            throw new PosixError("enotdir");
        }
        if (!Files.isExecutable(path)) {
            throw new PosixError("eacces");
        }
        paths.setCwd(path);
        return Atoms.OK;
    }

    private long readFile(ErlangProcess p, Path path) throws IOException {
        if (Files.isDirectory(path)) {
            // open(2) succeeds on a directory; its read(2) is what fails.
            if (!Files.isReadable(path)) {
                throw new PosixError("eacces");
            }
            throw new PosixError("eisdir");
        }
        return ok(p, Binaries.make(p.heap(), Files.readAllBytes(path)));
    }

    private long listDir(ErlangProcess p, Path path) throws IOException {
        long list = TermTags.NIL;
        try (Stream<Path> entries = Files.list(path)) {
            for (Path entry : entries.toList()) {
                byte[] name = entry.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                list = Lists.cons(p.heap(), Binaries.make(p.heap(), name), list);
            }
        }
        return ok(p, list);
    }

    /** {@code unlink}, whose EISDIR erts reports as eperm. */
    private static long deleteFile(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new PosixError("eperm");
        }
        Files.delete(path);
        return Atoms.OK;
    }

    /** {@code rmdir}: a non-directory is enotdir, a non-empty directory eexist. */
    private static long deleteDir(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? new NotDirectoryException(path.toString())
                    : new NoSuchFileException(path.toString());
        }
        Files.delete(path);
        return Atoms.OK;
    }

    /** {@code rename(2)} itself (an atomic move), whose ENOTEMPTY erts reports as eexist. */
    private static long rename(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS) && to.normalize().startsWith(from.normalize())
                && !to.normalize().equals(from.normalize())) {
            // Moving a directory into itself.
            throw new PosixError("einval");
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return Atoms.OK;
    }

    /** {@code chmod} of the permission bits (the set-id bits are beyond the JDK and dropped, as erts drops them when refused). */
    private static long setPermissions(Path path, int mode) throws IOException {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] byBit = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < byBit.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(byBit[bit]);
            }
        }
        Files.setPosixFilePermissions(path, permissions);
        return Atoms.OK;
    }

    /** {@code chown}; -1 leaves the owner or the group as it is. */
    private static long setOwner(Path path, int uid, int gid) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (uid != -1) {
            Files.setAttribute(path, "unix:uid", uid);
        }
        if (gid != -1) {
            Files.setAttribute(path, "unix:gid", gid);
        }
        return Atoms.OK;
    }

    private static int intArgument(long term) {
        long value = int64Argument(term);
        if (value != (int) value) {
            throw ErlangException.badarg("prim_file: an int is needed");
        }
        return (int) value;
    }

    private static long int64Argument(long term) {
        if (TermTags.isSmall(term)) {
            return TermTags.smallValue(term);
        }
        if (Integers.isBignum(term) && Integers.toBigInteger(term).bitLength() < 64) {
            return Integers.toBigInteger(term).longValue();
        }
        throw ErlangException.badarg("prim_file: an integer is needed");
    }

    private long ok(ErlangProcess p, long value) {
        return Tuples.make(p.heap(), Atoms.OK, value);
    }

    private long error(ErlangProcess p, String posix) {
        return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom(posix));
    }
}

package org.jbeam.vm.bif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The path-level NIFs of {@code prim_file} (OTP's {@code prim_file_nif.c}) and its filename
 * BIFs ({@code erl_bif_unicode.c}'s {@code internal_name2native} family), in Java over
 * {@code java.nio.file}. Filenames are UTF-8 ({@code +fnu}, erl's default on Linux); a native
 * name is the UTF-8 bytes and a terminating NUL, as erts makes it. Errors are the POSIX atoms
 * erl returns ({@code {error, enoent}}...). Java cannot change the process's working directory,
 * so this VM keeps its own: {@code set_cwd_nif} changes it and relative names resolve against
 * it. File handles ({@code open_nif} and the calls on an open file) are not here yet.
 */
public final class PrimFileNifs {
    private final AtomTable atoms;
    private volatile Path cwd = Path.of("").toAbsolutePath();

    private PrimFileNifs(AtomTable atoms) {
        this.atoms = atoms;
    }

    public static void register(BifTable t, AtomTable atoms) {
        PrimFileNifs files = new PrimFileNifs(atoms);
        t.register("prim_file", "internal_name2native", 1, (p, a) -> Binaries.make(p.heap(), native0(a[0])));
        t.register("prim_file", "internal_native2name", 1,
                (p, a) -> TermText.list(p.heap(), new String(strip(bytes(a[0])), StandardCharsets.UTF_8)));
        t.register("prim_file", "internal_normalize_utf8", 1,
                (p, a) -> Binaries.make(p.heap(), bytes(a[0])));
        t.register("prim_file", "is_translatable", 1, (p, a) -> Atoms.TRUE);
        t.register("prim_file", "get_cwd_nif", 0, (p, a) -> files.ok(p,
                Binaries.make(p.heap(), files.cwd.toString().getBytes(StandardCharsets.UTF_8))));
        t.register("prim_file", "get_device_cwd_nif", 1, (p, a) -> files.error(p, "enotsup"));
        t.register("prim_file", "set_cwd_nif", 1, (p, a) -> files.setCwd(p, files.path(a[0])));
        t.register("prim_file", "read_file_nif", 1, (p, a) -> files.readFile(p, files.path(a[0])));
        t.register("prim_file", "read_info_nif", 2, (p, a) -> files.readInfo(p, files.path(a[0]), a[1]));
        t.register("prim_file", "list_dir_nif", 1, (p, a) -> files.listDir(p, files.path(a[0])));
        t.register("prim_file", "read_link_nif", 1, (p, a) -> files.attempt(p, () -> files.ok(p,
                Binaries.make(p.heap(), Files.readSymbolicLink(files.path(a[0])).toString()
                        .getBytes(StandardCharsets.UTF_8)))));
        t.register("prim_file", "make_dir_nif", 1, (p, a) -> files.attempt(p, () -> {
            Files.createDirectory(files.path(a[0]));
            return Atoms.OK;
        }));
        t.register("prim_file", "del_file_nif", 1, (p, a) -> files.attempt(p, () -> files.deleteFile(files.path(a[0]))));
        t.register("prim_file", "del_dir_nif", 1, (p, a) -> files.attempt(p, () -> files.deleteDir(files.path(a[0]))));
        t.register("prim_file", "rename_nif", 2, (p, a) -> files.attempt(p, () -> {
            Files.move(files.path(a[0]), files.path(a[1]), StandardCopyOption.REPLACE_EXISTING);
            return Atoms.OK;
        }));
    }

    /** An operation that may fail with a file-system error, turned into {@code {error, Posix}}. */
    @FunctionalInterface
    private interface FileOperation {
        long run() throws IOException;
    }

    private long attempt(ErlangProcess p, FileOperation operation) {
        try {
            return operation.run();
        } catch (IOException | SecurityException e) {
            return error(p, posix(e));
        }
    }

    private long setCwd(ErlangProcess p, Path path) {
        if (!Files.exists(path)) {
            return error(p, "enoent");
        }
        if (!Files.isDirectory(path)) {
            return error(p, "enotdir");
        }
        cwd = path.normalize();
        return Atoms.OK;
    }

    private long readFile(ErlangProcess p, Path path) {
        return attempt(p, () -> {
            if (Files.isDirectory(path)) {
                return error(p, "eisdir");
            }
            return ok(p, Binaries.make(p.heap(), Files.readAllBytes(path)));
        });
    }

    private long listDir(ErlangProcess p, Path path) {
        return attempt(p, () -> {
            long list = TermTags.NIL;
            try (Stream<Path> entries = Files.list(path)) {
                for (Path entry : entries.toList()) {
                    byte[] name = entry.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                    list = Lists.cons(p.heap(), Binaries.make(p.heap(), name), list);
                }
            }
            return ok(p, list);
        });
    }

    private long deleteFile(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(path.toString(), null, "eperm");
        }
        Files.delete(path);
        return Atoms.OK;
    }

    private long deleteDir(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw Files.exists(path) ? new NotDirectoryException(path.toString()) : new NoSuchFileException(path.toString());
        }
        Files.delete(path);
        return Atoms.OK;
    }

    /**
     * {@code #file_info{}} as the NIF returns it (times still POSIX seconds; prim_file
     * converts them): size, type, access, atime, mtime, ctime, mode, links, major and minor
     * device, inode, uid, gid.
     */
    private long readInfo(ErlangProcess p, Path path, long followLinks) {
        LinkOption[] options = followLinks == TermTags.makeSmall(0) ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS}
                : new LinkOption[0];
        return attempt(p, () -> {
            Map<String, Object> unix = Files.readAttributes(path, "unix:*", options);
            int mode = (Integer) unix.get("mode");
            HeapAllocator h = p.heap();
            return Tuples.make(h, atoms.atom("file_info"), Integers.fromLong(h, (Long) unix.get("size")),
                    atoms.atom(type(mode)), atoms.atom(access(path)), seconds(h, unix.get("lastAccessTime")),
                    seconds(h, unix.get("lastModifiedTime")), seconds(h, unix.get("ctime")),
                    TermTags.makeSmall(mode), TermTags.makeSmall((Integer) unix.get("nlink")),
                    Integers.fromLong(h, (Long) unix.get("dev")), Integers.fromLong(h, (Long) unix.get("rdev")),
                    Integers.fromLong(h, (Long) unix.get("ino")), TermTags.makeSmall((Integer) unix.get("uid")),
                    TermTags.makeSmall((Integer) unix.get("gid")));
        });
    }

    private static long seconds(HeapAllocator heap, Object time) {
        return Integers.fromLong(heap, ((FileTime) time).toMillis() / 1000);
    }

    /** The file type from the POSIX mode's S_IFMT bits. */
    private static String type(int mode) {
        return switch (mode & 0xF000) {
            case 0x8000 -> "regular";
            case 0x4000 -> "directory";
            case 0xA000 -> "symlink";
            case 0x2000, 0x6000 -> "device";
            default -> "other";
        };
    }

    private static String access(Path path) {
        boolean read = Files.isReadable(path);
        boolean write = Files.isWritable(path);
        return read && write ? "read_write" : read ? "read" : write ? "write" : "none";
    }

    /** The POSIX error atom name of a file-system exception. */
    private static String posix(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "enoent";
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "eacces";
        } else if (e instanceof FileAlreadyExistsException) {
            return "eexist";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "eexist";
        } else if (e instanceof NotDirectoryException) {
            return "enotdir";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return reason(f.getReason());
        }
        return "eio";
    }

    /** The atom for a reason text the JDK took from strerror(). */
    private static String reason(String text) {
        return switch (text) {
            case "eperm", "Operation not permitted" -> "eperm";
            case "Not a directory" -> "enotdir";
            case "Is a directory" -> "eisdir";
            case "No such file or directory" -> "enoent";
            case "Permission denied" -> "eacces";
            case "Directory not empty" -> "eexist";
            default -> "eio";
        };
    }

    private long ok(ErlangProcess p, long value) {
        return Tuples.make(p.heap(), Atoms.OK, value);
    }

    private long error(ErlangProcess p, String posix) {
        return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom(posix));
    }

    /** A native name (a binary, its NUL stripped) as a path resolved against this VM's cwd. */
    private Path path(long nativeName) {
        String name = new String(strip(bytes(nativeName)), StandardCharsets.UTF_8);
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw ErlangException.badarg("prim_file: bad file name");
        }
        return cwd.resolve(name);
    }

    /** {@code internal_name2native}: a flat name (string, atom-free char list, or binary) as UTF-8 and a NUL. */
    private static byte[] native0(long name) {
        byte[] text = Binaries.isBinaryTerm(name) ? bytes(name)
                : flatten(name).getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, text.length);
        return withNul;
    }

    /** A possibly deep character list, as erts flattens a filename. */
    private static String flatten(long list) {
        StringBuilder text = new StringBuilder();
        appendFlat(list, text);
        return text.toString();
    }

    private static void appendFlat(long term, StringBuilder text) {
        long rest = term;
        while (TermTags.isList(rest)) {
            long head = Lists.head(rest);
            if (TermTags.isSmall(head) && TermTags.smallValue(head) >= 0 && TermTags.smallValue(head) <= 0x10FFFF) {
                text.appendCodePoint((int) TermTags.smallValue(head));
            } else if (head == TermTags.NIL || TermTags.isList(head)) {
                appendFlat(head, text);
            } else {
                throw ErlangException.badarg("not a file name");
            }
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("not a file name");
        }
    }

    private static byte[] bytes(long binary) {
        if (!Binaries.isBinaryTerm(binary) || Binaries.bitSize(binary) % 8 != 0) {
            throw ErlangException.badarg("not a binary");
        }
        return Binaries.toByteArray(binary);
    }

    private static byte[] strip(byte[] name) {
        int length = name.length;
        while (length > 0 && name[length - 1] == 0) {
            length--;
        }
        return length == name.length ? name : java.util.Arrays.copyOf(name, length);
    }
}

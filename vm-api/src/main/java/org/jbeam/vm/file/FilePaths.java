package org.jbeam.vm.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.jbeam.vm.term.Binaries;

/**
 * The native names the file NIFs receive, as paths ({@code efile_marshal_path}), and the VM's
 * working directory. Java cannot change the process's working directory, so this VM keeps its
 * own: {@code set_cwd_nif} changes it and relative names resolve against it.
 */
final class FilePaths {
    private volatile Path cwd = Path.of("").toAbsolutePath();

    /** The working directory. */
    Path cwd() {
        return cwd;
    }

    void setCwd(Path directory) {
        cwd = directory.normalize();
    }

    /**
     * The path a native name (a binary ending in NULs) names, resolved against the working
     * directory: {@code einval} for a name that is not a binary or holds a NUL before its end,
     * {@code enoent} for the empty name, {@code enotdir} for {@code "file/"}, as the system
     * calls answer.
     */
    Path resolve(long nativeName) throws PosixError, NoSuchFileException {
        String name = text(nativeName);
        if (name.isEmpty()) {
            throw new NoSuchFileException(name);
        }
        Path path = cwd.resolve(name);
        // java.nio drops a trailing slash, which makes the kernel insist on a directory.
        if (name.endsWith("/") && Files.exists(path) && !Files.isDirectory(path)) {
            throw new PosixError("enotdir");
        }
        return path;
    }

    /** A native name's text, without resolving it (a symbolic link's target is kept as written). */
    static String text(long nativeName) throws PosixError {
        if (!Binaries.isBinaryTerm(nativeName) || Binaries.bitSize(nativeName) % 8 != 0) {
            throw new PosixError("einval");
        }
        byte[] bytes = Binaries.toByteArray(nativeName);
        int nul = NativeNames.indexOfNul(bytes);
        if (nul < 0) {
            throw new PosixError("einval");
        }
        for (int i = nul; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                throw new PosixError("einval");
            }
        }
        return new String(bytes, 0, nul, StandardCharsets.UTF_8);
    }
}

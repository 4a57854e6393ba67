package org.jbeam.vm.file;

import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The POSIX error atom ({@code erl_errno_id}) of a failed file operation. The JDK turns an
 * errno into an exception class for a few errors and into {@code strerror()}'s text for the
 * rest, so the text is mapped back to the errno's name.
 */
final class PosixErrors {
    private PosixErrors() {}

    /** The error atom's name for {@code failure}. */
    static String of(Throwable failure) {
        return switch (failure) {
            case PosixError own -> own.posixName();
            case NoSuchFileException e -> underFile(e.getFile()) ? "enotdir" : "enoent";
            case AccessDeniedException e -> "eacces";
            case FileAlreadyExistsException e -> "eexist";
            // rmdir's and rename's ENOTEMPTY, which erts reports as eexist.
            case DirectoryNotEmptyException e -> "eexist";
            case NotDirectoryException e -> "enotdir";
            case NotLinkException e -> "einval";
            case AtomicMoveNotSupportedException e -> "exdev";
            case NonReadableChannelException e -> "ebadf";
            case NonWritableChannelException e -> "ebadf";
            case IllegalArgumentException e -> "einval";
            case SecurityException e -> "eacces";
            case FileSystemException e when e.getReason() != null -> fromText(e.getReason());
            default -> failure.getMessage() == null ? "eio" : fromText(failure.getMessage());
        };
    }

    /**
     * Whether a missing {@code name} lies under something that is not a directory: the kernel
     * says ENOTDIR there, which the JDK reports as a missing file.
     */
    private static boolean underFile(String name) {
        if (name == null) {
            return false;
        }
        for (Path parent = Path.of(name).getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent)) {
                return !Files.isDirectory(parent);
            }
        }
        return false;
    }

    /** The errno name of a glibc {@code strerror()} text. */
    private static String fromText(String text) {
        if (text.startsWith("Too many levels of symbolic links")) {
            return "eloop";
        }
        return switch (text) {
            case "Operation not permitted" -> "eperm";
            case "No such file or directory" -> "enoent";
            case "Input/output error" -> "eio";
            case "No such device or address" -> "enxio";
            case "Bad file descriptor" -> "ebadf";
            case "Permission denied" -> "eacces";
            case "Device or resource busy" -> "ebusy";
            case "File exists" -> "eexist";
            case "Invalid cross-device link" -> "exdev";
            case "No such device" -> "enodev";
            case "Not a directory" -> "enotdir";
            case "Is a directory" -> "eisdir";
            case "Invalid argument" -> "einval";
            case "Too many open files in system" -> "enfile";
            case "Too many open files" -> "emfile";
            case "Text file busy" -> "etxtbsy";
            case "File too large" -> "efbig";
            case "No space left on device" -> "enospc";
            case "Illegal seek" -> "espipe";
            case "Read-only file system" -> "erofs";
            case "Too many links" -> "emlink";
            case "File name too long" -> "enametoolong";
            case "Directory not empty" -> "eexist";
            case "Disk quota exceeded" -> "edquot";
            case "Operation not supported" -> "enotsup";
            case "Broken pipe" -> "epipe";
            default -> "eio";
        };
    }
}

package org.jbeam.vm.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code #file_info{}} as {@code prim_file_nif.c}'s {@code build_file_info} makes it from a
 * {@code stat}: size, type, access, atime, mtime, ctime (POSIX seconds; {@code prim_file}
 * converts them as its caller asks), mode, links, major device ({@code st_dev}), minor device
 * ({@code st_rdev}), inode, uid, gid. The JDK's {@code unix:*} attribute view is that stat.
 */
final class FileInfoRecord {
    /** Mode bits of the owner's, the group's and the others' read and write permission. */
    private static final int S_IRUSR = 0400;
    private static final int S_IWUSR = 0200;
    private static final int S_IRGRP = 040;
    private static final int S_IWGRP = 020;
    private static final int S_IROTH = 04;
    private static final int S_IWOTH = 02;

    private final AtomTable atoms;
    /** This process's effective user and group ids, for {@link #handleAccess}; read when first needed. */
    private volatile int[] effectiveIds;

    FileInfoRecord(AtomTable atoms) {
        this.atoms = atoms;
    }

    /** The stat of {@code path} ({@code lstat} unless {@code follow}). */
    static Map<String, Object> stat(Path path, boolean follow) throws IOException {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        return Files.readAttributes(path, "unix:*", options);
    }

    /** {@code read_info_nif}'s record: access as {@code access(2)} answers for the path. */
    long pathInfo(HeapAllocator heap, Path path, boolean follow) throws IOException {
        Map<String, Object> stat = stat(path, follow);
        return build(heap, stat, access(Files.isReadable(path), Files.isWritable(path)));
    }

    /** {@code read_handle_info_nif}'s record: access from the mode bits that apply to this process. */
    long handleInfo(HeapAllocator heap, Path path) throws IOException {
        Map<String, Object> stat = stat(path, true);
        return build(heap, stat, handleAccess(stat));
    }

    private long build(HeapAllocator h, Map<String, Object> stat, String access) {
        int mode = (Integer) stat.get("mode");
        return Tuples.make(h, atoms.atom("file_info"), Integers.fromLong(h, (Long) stat.get("size")),
                atoms.atom(type(mode)), atoms.atom(access), seconds(h, stat.get("lastAccessTime")),
                seconds(h, stat.get("lastModifiedTime")), seconds(h, stat.get("ctime")),
                TermTags.makeSmall(mode), TermTags.makeSmall((Integer) stat.get("nlink")),
                Integers.fromLong(h, (Long) stat.get("dev")), Integers.fromLong(h, (Long) stat.get("rdev")),
                Integers.fromLong(h, (Long) stat.get("ino")), TermTags.makeSmall((Integer) stat.get("uid") & 0xFFFF_FFFFL),
                TermTags.makeSmall((Integer) stat.get("gid") & 0xFFFF_FFFFL));
    }

    /** Whole POSIX seconds, rounded down as {@code st_mtime} is. */
    private static long seconds(HeapAllocator heap, Object time) {
        return Integers.fromLong(heap, Math.floorDiv(((FileTime) time).toMillis(), 1000));
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

    private static String access(boolean read, boolean write) {
        return read && write ? "read_write" : read ? "read" : write ? "write" : "none";
    }

    /** {@code unix_prim_file.c}'s {@code check_access}: the owner's, the group's or the others' bits. */
    private String handleAccess(Map<String, Object> stat) throws IOException {
        int mode = (Integer) stat.get("mode");
        int[] ids = effectiveIds();
        if ((Integer) stat.get("uid") == ids[0]) {
            return access((mode & S_IRUSR) != 0, (mode & S_IWUSR) != 0);
        }
        if ((Integer) stat.get("gid") == ids[1]) {
            return access((mode & S_IRGRP) != 0, (mode & S_IWGRP) != 0);
        }
        return access((mode & S_IROTH) != 0, (mode & S_IWOTH) != 0);
    }

    /** The effective uid and gid: the owner of {@code /proc/self} is the process's effective identity. */
    private int[] effectiveIds() throws IOException {
        int[] ids = effectiveIds;
        if (ids == null) {
            Map<String, Object> self = Files.readAttributes(Path.of("/proc/self"), "unix:uid,gid");
            ids = new int[] {(Integer) self.get("uid"), (Integer) self.get("gid")};
            effectiveIds = ids;
        }
        return ids;
    }
}

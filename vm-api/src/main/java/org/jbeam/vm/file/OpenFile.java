package org.jbeam.vm.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * One file {@code open_nif} opened (OTP's {@code efile_data_t} over a descriptor): a
 * {@link FileChannel}, the path it was opened by (for {@code read_handle_info_nif}) and whether
 * it appends. Its operations are those of {@code unix_prim_file.c}: reads and writes loop
 * until done or end of file, positions may pass the end, {@code truncate} cuts or extends the
 * file to the current position. Operations on one file run one at a time, as the NIF's
 * busy state makes them.
 */
final class OpenFile {
    /** The most a read allocates before it has seen the data (a read of 2 GB on a small file allocates little). */
    private static final int READ_CHUNK = 1 << 20;

    private final FileChannel channel;
    private final Path path;
    private final boolean append;

    OpenFile(FileChannel channel, Path path, boolean append) {
        this.channel = channel;
        this.path = path;
        this.append = append;
    }

    Path path() {
        return path;
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    /** Up to {@code size} bytes from the position; null at end of file. */
    byte[] read(long size) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long left = size;
        while (left > 0) {
            ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(left, READ_CHUNK));
            int n = fill(chunk, -1);
            data.write(chunk.array(), 0, chunk.position());
            left -= chunk.position();
            if (n < 0) {
                break;
            }
        }
        return data.size() == 0 ? null : data.toByteArray();
    }

    /** Up to {@code size} bytes from {@code offset}, the position unchanged; null at end of file. */
    byte[] pread(long offset, long size) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long at = offset;
        long left = size;
        while (left > 0) {
            ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(left, READ_CHUNK));
            int n = fill(chunk, at);
            data.write(chunk.array(), 0, chunk.position());
            left -= chunk.position();
            at += chunk.position();
            if (n < 0) {
                break;
            }
        }
        return data.size() == 0 ? null : data.toByteArray();
    }

    /** Reads until {@code chunk} is full (0) or the file ends (-1); at {@code offset}, or the position when negative. */
    private int fill(ByteBuffer chunk, long offset) throws IOException {
        while (chunk.hasRemaining()) {
            int n = offset < 0 ? channel.read(chunk) : channel.read(chunk, offset + chunk.position());
            if (n < 0) {
                return -1;
            }
        }
        return 0;
    }

    /** Writes {@code data} at the position (at the end when appending). */
    void write(byte[] data) throws IOException {
        if (append) {
            channel.position(channel.size());
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Writes {@code data} at {@code offset}, the position unchanged (at the end when appending, as Linux does). */
    void pwrite(long offset, byte[] data) throws IOException {
        if (append) {
            long position = channel.position();
            write(data);
            channel.position(position);
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer, offset + buffer.position());
        }
    }

    /** {@code lseek}: the new position, {@code einval} before the start. */
    long seek(String whence, long offset) throws IOException {
        long base = switch (whence) {
            case "bof" -> 0;
            case "cur" -> channel.position();
            default -> channel.size();
        };
        long target = base + offset;
        if (target < 0 || (offset > 0 && target < base)) {
            throw new PosixError("einval");
        }
        channel.position(target);
        return target;
    }

    void sync(boolean dataOnly) throws IOException {
        channel.force(!dataOnly);
    }

    /** {@code ftruncate} at the position: cuts the file there, or extends it with zeros to there. */
    void truncate() throws IOException {
        if (!channelWritable()) {
            // ftruncate on a descriptor not open for writing.
            throw new PosixError("einval");
        }
        long position = channel.position();
        long size = channel.size();
        if (position < size) {
            channel.truncate(position);
        } else if (position > size) {
            extendTo(position);
        }
    }

    /** {@code fallocate}: the file grows to at least {@code offset + length} bytes. */
    void allocate(long offset, long length) throws IOException {
        if (!channelWritable()) {
            throw new PosixError("ebadf");
        }
        if (length == 0) {
            throw new PosixError("einval");
        }
        long end = offset + length;
        if (end > channel.size()) {
            extendTo(end);
        }
    }

    private void extendTo(long size) throws IOException {
        channel.write(ByteBuffer.allocate(1), size - 1);
    }

    private boolean channelWritable() throws IOException {
        try {
            channel.write(ByteBuffer.allocate(0), 0);
            return true;
        } catch (java.nio.channels.NonWritableChannelException e) {
            return false;
        }
    }

    /** Closes the channel; the errors of a close are its caller's to report. */
    void close() throws IOException {
        channel.close();
    }

    /** Closes the channel when its owner has gone; nobody is left to hear of an error. */
    void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // The owner exited: erts's delayed close ignores the error too.
        }
    }
}

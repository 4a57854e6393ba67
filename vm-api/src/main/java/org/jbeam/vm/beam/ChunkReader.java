package org.jbeam.vm.beam;

/**
 * A bounds-checked big-endian cursor over one region of a {@code .beam} file, the Java
 * counterpart of {@code beam_file.c}'s {@code BeamReader}. Every read first checks that the
 * bytes exist; running past the end, and every other problem found while reading, becomes a
 * {@link BeamLoadException} naming the file, the chunk and the absolute offset.
 */
public final class ChunkReader {
    private final String file;
    private final String chunk;
    private final byte[] bytes;
    private final int end;
    private int position;

    /**
     * @param bytes the whole file
     * @param start the first byte of the region
     * @param end one past the last byte of the region
     */
    public ChunkReader(String file, String chunk, byte[] bytes, int start, int end) {
        this.file = file;
        this.chunk = chunk;
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    /** A reader over {@code length} bytes from the current position, which it skips here. */
    public ChunkReader slice(int length) throws BeamLoadException {
        require(length);
        ChunkReader slice = new ChunkReader(file, chunk, bytes, position, position + length);
        position += length;
        return slice;
    }

    public String file() {
        return file;
    }

    public String chunk() {
        return chunk;
    }

    /** The absolute file offset of the next byte. */
    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public boolean atEnd() {
        return position >= end;
    }

    public int u8() throws BeamLoadException {
        require(1);
        return bytes[position++] & 0xFF;
    }

    public int u16() throws BeamLoadException {
        require(2);
        int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    /** A signed 32-bit big-endian word, as {@code beamreader_read_i32} reads it. */
    public int i32() throws BeamLoadException {
        require(4);
        int value = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** An unsigned 32-bit big-endian word. */
    public long u32() throws BeamLoadException {
        return i32() & 0xFFFF_FFFFL;
    }

    /**
     * A table size that must lie in {@code [0, max]} and be backed by at least
     * {@code minBytesEach} bytes per item, so a lying count cannot make us allocate more than
     * the file holds.
     */
    public int count(String what, int minBytesEach) throws BeamLoadException {
        int at = position;
        int count = i32();
        if (count < 0) {
            throw failAt(at, what + " count " + count + " is negative");
        }
        if ((long) count * minBytesEach > remaining()) {
            throw failAt(at, what + " count " + count + " exceeds the " + remaining() + " bytes left");
        }
        return count;
    }

    public byte[] bytes(int length) throws BeamLoadException {
        if (length < 0) {
            throw fail("negative length " + length);
        }
        require(length);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, position, copy, 0, length);
        position += length;
        return copy;
    }

    /** The rest of the region as a copy. */
    public byte[] rest() throws BeamLoadException {
        return bytes(remaining());
    }

    public void skip(int length) throws BeamLoadException {
        require(length);
        position += length;
    }

    /** A load error at the current position. */
    public BeamLoadException fail(String reason) {
        return failAt(position, reason);
    }

    /** A load error at absolute offset {@code at} of this reader's chunk. */
    public BeamLoadException failAt(int at, String reason) {
        return new BeamLoadException(file, chunk, at, reason);
    }

    private void require(int length) throws BeamLoadException {
        if (length < 0 || length > end - position) {
            throw fail("truncated: needs " + length + " bytes, " + (end - position) + " left");
        }
    }
}

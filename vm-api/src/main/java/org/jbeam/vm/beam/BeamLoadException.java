package org.jbeam.vm.beam;

/**
 * The one exception a malformed or truncated {@code .beam} file produces (design contract 5).
 * It names the file, the chunk and the byte offset in the file where reading went wrong, so
 * the message reads {@code PATH: chunk NAME at offset N: reason}.
 *
 * <p>OTP's loader reports the same situations through {@code beam_load.c}'s
 * {@code LoadError} with the module and the chunk; this class adds the offset.
 */
public final class BeamLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The chunk name used for problems with the IFF container itself. */
    public static final String CONTAINER = "FOR1";

    private final String file;
    private final String chunk;
    private final long offset;
    private final String reason;

    public BeamLoadException(String file, String chunk, long offset, String reason) {
        super(file + ": chunk " + chunk + " at offset " + offset + ": " + reason);
        this.file = file;
        this.chunk = chunk;
        this.offset = offset;
        this.reason = reason;
    }

    public BeamLoadException(String file, String chunk, long offset, String reason, Throwable cause) {
        this(file, chunk, offset, reason);
        initCause(cause);
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** The four-character chunk id, or {@link #CONTAINER} for the IFF header. */
    public String chunk() {
        return chunk;
    }

    /** The byte offset from the start of the file. */
    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}

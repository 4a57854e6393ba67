package org.jbeam.tier.template.code;

/**
 * A system call that executable memory depends on failed: the message names the call, what it
 * was asked for, and the C library's errno with its description.
 */
public final class CodeMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    CodeMemoryException(String call, int errno, String description) {
        super(call + " failed: errno " + errno + " (" + description + ")");
        this.errno = errno;
    }

    /** The C library's error number ({@code ENOMEM} is 12, {@code EINVAL} 22 on Linux). */
    public int errno() {
        return errno;
    }
}

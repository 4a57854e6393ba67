package org.jbeam.vm.file;

import java.io.IOException;

/** A file operation's failure that jbeam detects itself, named by its POSIX error atom ({@code einval}, ...). */
final class PosixError extends IOException {
    private static final long serialVersionUID = 1L;

    private final String name;

    PosixError(String name) {
        super(name);
        this.name = name;
    }

    /** The error atom's name. */
    String posixName() {
        return name;
    }
}

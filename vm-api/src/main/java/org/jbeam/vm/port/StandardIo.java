package org.jbeam.vm.port;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The streams behind file descriptors 0, 1 and 2 for {@code {fd, In, Out}} ports. The VM
 * uses the process's own descriptors, unbuffered, so a port's output interleaves with other
 * writers as erl's {@code write(2)} calls do; a test harness gives its own streams instead.
 */
public record StandardIo(InputStream in, OutputStream out, OutputStream err) {
    /** The JVM's file descriptors 0, 1 and 2 themselves. */
    public static StandardIo process() {
        return new StandardIo(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
    }
}

package org.jbeam.vm.port;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The {@code {fd, In, Out}} driver (OTP's {@code sys_drivers.c} {@code fd_driver}): output is
 * written to descriptor Out as each command arrives, unbuffered, so it lands in the same order
 * as erl's {@code write(2)} calls (Java's own {@code System.out}/{@code err} are flushed first,
 * as they may hold earlier text); input is read from In on a reader thread.
 *
 * <p>{@code port_control} answers only the tty driver's get-window-size operation, and only
 * with badarg: erl answers it with the size when Out is a terminal, which jbeam cannot ask the
 * OS for, so {@code io:columns/0} reports {@code enotsup} as erl does when output is a pipe.
 */
final class FdDriver implements PortDriver {
    private static final int READ_CHUNK = 1 << 16;

    private final int inFd;
    private final int outFd;
    private final StandardIo io;
    private final boolean reads;
    private OutputStream out;
    private volatile boolean closed;

    FdDriver(int inFd, int outFd, StandardIo io, boolean reads) {
        this.inFd = inFd;
        this.outFd = outFd;
        this.io = io;
        this.reads = reads;
    }

    @Override
    public void start(PortInput input) {
        if (!reads) {
            return;
        }
        Thread.ofPlatform().daemon().name("jbeam-port-fd-" + inFd).start(() -> readLoop(input));
    }

    private void readLoop(PortInput input) {
        byte[] buffer = new byte[READ_CHUNK];
        try {
            InputStream in = inFd == 0 ? io.in() : new FileInputStream("/proc/self/fd/" + inFd);
            int n;
            while ((n = in.read(buffer)) >= 0 && !closed) {
                if (n > 0) {
                    input.data(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // A read error ends the input as end of file does: erl's fd driver closes the port.
        }
        if (!closed) {
            input.eof();
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (out == null) {
            out = switch (outFd) {
                case 1 -> io.out();
                case 2 -> io.err();
                default -> new FileOutputStream("/proc/self/fd/" + outFd);
            };
        }
        System.out.flush();
        System.err.flush();
        out.write(bytes);
        out.flush();
    }

    @Override
    public byte[] control(int operation, byte[] data) {
        return null;
    }

    @Override
    public long osPid() {
        return -1;
    }

    @Override
    public void close() {
        closed = true;
    }
}

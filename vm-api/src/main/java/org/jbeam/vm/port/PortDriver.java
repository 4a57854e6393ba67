package org.jbeam.vm.port;

import java.io.IOException;

/**
 * A port's driver (OTP's {@code ErlDrvEntry}, the callbacks jbeam's drivers need): output,
 * {@code port_control}, the OS pid, and stopping.
 */
interface PortDriver {
    /** Starts reading input, reported to {@code input} from a thread of the driver's own. */
    void start(PortInput input);

    /** Writes one command's bytes, all of them, before returning. */
    void write(byte[] bytes) throws IOException;

    /** {@code port_control(Port, Operation, Data)}: the answer, or null for badarg. */
    byte[] control(int operation, byte[] data);

    /** The OS process id, or -1 when there is none ({@code os_pid} is then {@code undefined}). */
    long osPid();

    /** Stops the driver: no input is reported after this, an OS process is ended. */
    void close();
}

package org.jbeam.vm.port;

/**
 * What a driver reports about its port's input, from its own reader thread (the port table
 * hands each report over to a scheduler thread, in the order they were made).
 */
interface PortInput {
    /** Bytes read from the port's input. */
    void data(byte[] bytes);

    /** The OS process behind the port exited with {@code status} (reported before {@link #eof}). */
    void exitStatus(int status);

    /** The input ended. */
    void eof();
}

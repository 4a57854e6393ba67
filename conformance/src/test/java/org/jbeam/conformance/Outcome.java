package org.jbeam.conformance;

import java.nio.charset.StandardCharsets;

/**
 * What one run of a corpus program gave: its exit status, its stdout exactly as bytes, and its
 * stderr (shown on failure only; erl and jbeam are not compared on stderr).
 *
 * @param status  the exit status, or {@link #TIMED_OUT} when the run was stopped at the limit
 * @param stdout  every byte written to stdout
 * @param stderr  stderr decoded as UTF-8, for the failure message
 */
record Outcome(int status, byte[] stdout, String stderr) {
    /** The status recorded for a run that did not end within the runner's limit (as timeout(1)). */
    static final int TIMED_OUT = 124;

    /** stdout decoded as UTF-8 (invalid bytes replaced), for the diff. */
    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}

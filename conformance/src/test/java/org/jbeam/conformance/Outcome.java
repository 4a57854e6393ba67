package org.jbeam.conformance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What one run of a corpus program gave: its exit status, its stdout exactly as bytes, and its
 * stderr (shown on failure only; erl and jbeam are not compared on stderr).
 *
 * @param status  the exit status, or {@link #TIMED_OUT} when the run was stopped at the limit
 * @param stdout  every byte written to stdout
 * @param stderr  stderr read as latin-1 (any bytes survive), for the failure message
 */
record Outcome(int status, byte[] stdout, String stderr) {
    /** The status recorded for a run that did not end within the runner's limit (as timeout(1)). */
    static final int TIMED_OUT = 124;

    /**
     * stdout as text for the diff: UTF-8 when it is valid UTF-8, else every byte above 127 as
     * {@code \xNN} (erl writes latin-1 bytes for {@code ~s} of characters 128..255), so two
     * outputs that differ in bytes never look the same.
     */
    String stdoutText() {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(stdout)).toString();
        } catch (CharacterCodingException e) {
            StringBuilder text = new StringBuilder(stdout.length);
            for (byte b : stdout) {
                text.append(b >= 0 ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
            }
            return text.toString();
        }
    }

    /** The offset of the first byte where this stdout and {@code other}'s differ, or -1. */
    long firstDifferentByte(Outcome other) {
        return Arrays.mismatch(stdout, other.stdout);
    }
}

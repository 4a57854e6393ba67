package org.jbeam.vm.port;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a port's input into the pieces its messages carry (OTP's {@code io.c}
 * {@code deliver_read_message}, {@code deliver_vec_message}, {@code sys_drivers.c}'s packet
 * handling): in stream mode each chunk read as it came; with {@code {packet, N}} each packet
 * whose big-endian N-byte length has fully arrived; with {@code {line, L}} each line without
 * its newline ({@code eol}), or the first L bytes of a longer one ({@code noeol}).
 */
final class InputFraming {
    /** One piece of input: {@code line} is null outside line mode, else true for eol. */
    record Frame(byte[] bytes, Boolean eol) {}

    private final int packet;
    private final int line;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    InputFraming(int packet, int line) {
        this.packet = packet;
        this.line = line;
    }

    /** The complete pieces {@code bytes} adds. */
    List<Frame> feed(byte[] bytes) {
        List<Frame> frames = new ArrayList<>();
        if (line > 0) {
            lines(bytes, frames);
        } else if (packet > 0) {
            packets(bytes, frames);
        } else if (bytes.length > 0) {
            frames.add(new Frame(bytes, null));
        }
        return frames;
    }

    /** At end of input: the unfinished line as {@code noeol}, if any (a partial packet is dropped). */
    Frame finish() {
        if (line > 0 && pending.size() > 0) {
            byte[] rest = pending.toByteArray();
            pending.reset();
            return new Frame(rest, false);
        }
        return null;
    }

    private void lines(byte[] bytes, List<Frame> frames) {
        for (byte b : bytes) {
            if (b == '\n') {
                frames.add(new Frame(pending.toByteArray(), true));
                pending.reset();
            } else {
                pending.write(b);
                if (pending.size() == line) {
                    frames.add(new Frame(pending.toByteArray(), false));
                    pending.reset();
                }
            }
        }
    }

    private void packets(byte[] bytes, List<Frame> frames) {
        pending.writeBytes(bytes);
        byte[] buffer = pending.toByteArray();
        int at = 0;
        while (buffer.length - at >= packet) {
            long length = 0;
            for (int i = 0; i < packet; i++) {
                length = (length << 8) | (buffer[at + i] & 0xFF);
            }
            if (buffer.length - at - packet < length) {
                break;
            }
            byte[] body = new byte[(int) length];
            System.arraycopy(buffer, at + packet, body, 0, body.length);
            frames.add(new Frame(body, null));
            at += packet + (int) length;
        }
        pending.reset();
        pending.write(buffer, at, buffer.length - at);
    }

    /** {@code bytes} with the {@code {packet, N}} length header output needs (none in other modes). */
    static byte[] withHeader(int packet, byte[] bytes) {
        if (packet == 0) {
            return bytes;
        }
        byte[] framed = new byte[packet + bytes.length];
        for (int i = 0; i < packet; i++) {
            framed[i] = (byte) (bytes.length >>> (8 * (packet - 1 - i)));
        }
        System.arraycopy(bytes, 0, framed, packet, bytes.length);
        return framed;
    }
}

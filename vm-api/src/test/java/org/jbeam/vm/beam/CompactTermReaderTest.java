package org.jbeam.vm.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The compact term decoder against OTP's own encoder ({@code beam_asm:encode/2}, run in the
 * real {@code erl}) for every plain tag over small, 11-bit, multi-byte and bignum values, and
 * hand-built extended operands checked against {@code beam_disasm:decode_z_tagged/5}.
 */
class CompactTermReaderTest {
    private static final List<String> VALUES = List.of("0", "1", "15", "16", "2047", "2048", "65535",
            "1 bsl 31", "(1 bsl 63) - 1", "1 bsl 63", "1 bsl 64", "1 bsl 100", "1 bsl 600", "-1", "-16",
            "-2048", "-(1 bsl 63)", "-(1 bsl 63) - 1", "-(1 bsl 100)", "-(1 bsl 600)");
    private static final List<String> TAGS = List.of("u", "i", "a", "x", "y", "f", "h");

    @Test
    void plainTagsDecodeWhatBeamAsmEncodes() throws Exception {
        String eval = "[io:format(\"~p ~s ~s~n\", [T, integer_to_list(V, 16), binary:encode_hex("
                + "iolist_to_binary([beam_asm:encode(T, V)]))]) || T <- lists:seq(0, 6), V <- [" + String.join(", ", VALUES)
                + "], T =:= 1 orelse V >= 0], halt().";
        String output = erl(eval);
        int checked = 0;
        for (String line : output.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            int tag = Integer.parseInt(parts[0]);
            BigInteger value = new BigInteger(parts[1], 16);
            byte[] encoded = HexFormat.of().parseHex(parts[2].toLowerCase());
            assertEquals(expected(tag, value), readOrNull(encoded), TAGS.get(tag) + " " + value + " from " + parts[2]);
            checked++;
        }
        assertEquals(VALUES.size() + 6 * (VALUES.size() - 7), checked, "erl printed " + output);
    }

    /** What the reader must produce, or null where the value cannot be that kind of operand. */
    private static Operand expected(int tag, BigInteger v) {
        boolean fitsLong = v.bitLength() < 64;
        boolean fitsInt = v.signum() >= 0 && v.bitLength() < 32;
        return switch (tag) {
            case 0 -> fitsLong && v.signum() >= 0 ? new Operand.Unsigned(v.longValue()) : null;
            case 1 -> fitsLong ? new Operand.IntegerValue(v.longValue()) : new Operand.BigIntegerValue(v);
            case 2 -> !fitsInt ? null : v.signum() == 0 ? new Operand.Nil() : new Operand.Atom(v.intValue());
            case 3 -> fitsInt ? new Operand.XRegister(v.intValue()) : null;
            case 4 -> fitsInt ? new Operand.YRegister(v.intValue()) : null;
            case 5 -> fitsInt ? new Operand.Label(v.intValue()) : null;
            default -> fitsInt ? new Operand.Character(v.intValue()) : null;
        };
    }

    /** The operand, or null when the reader rejected it with the load exception. */
    private static Operand readOrNull(byte[] encoded) {
        ChunkReader in = new ChunkReader("test", "Code", encoded, 0, encoded.length);
        try {
            Operand operand = new CompactTermReader(in).read();
            assertEquals(0, in.remaining(), "bytes left over");
            return operand;
        } catch (BeamLoadException e) {
            return null;
        }
    }

    @Test
    void extendedOperands() throws BeamLoadException {
        // z tag 4 (literal) followed by u 3: 0x47 = (4 << 4) | 7, 0x30 = (3 << 4) | 0
        assertEquals(new Operand.Literal(3), read(0x47, 0x30));
        // z tag 2 (float register) followed by u 5
        assertEquals(new Operand.FloatRegister(5), read(0x27, 0x50));
        // z tag 1 (list) of u 2 elements: x(1), atom 2
        assertEquals(new Operand.OperandList(List.of(new Operand.XRegister(1), new Operand.Atom(2))),
                read(0x17, 0x20, 0x13, 0x22));
        // z tag 3 (allocation list) of 2 entries: words 4, floats 1
        assertEquals(new Operand.AllocationList(4, 1, 0), read(0x37, 0x20, 0x00, 0x40, 0x10, 0x10));
        // z tag 5 (typed register): y(2), type index 1
        assertEquals(new Operand.TypedRegister(new Operand.YRegister(2), 1), read(0x57, 0x24, 0x10));
        // z tag 0: an inline IEEE double, 1.5
        assertEquals(new Operand.FloatValue(1.5), read(0x07, 0x3F, 0xF8, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void malformedOperandsAreLoadErrors() {
        assertThrows(BeamLoadException.class, () -> read(0x17, 0x10, 0x17, 0x00)); // list in a list
        assertThrows(BeamLoadException.class, () -> read(0x57, 0x21, 0x10)); // typed "register" is an integer
        assertThrows(BeamLoadException.class, () -> read(0x67)); // extended tag 6 does not exist
        assertThrows(BeamLoadException.class, () -> read(0x17, 0xF0)); // list size far beyond the input
        assertThrows(BeamLoadException.class, () -> read(0x19, 0x08)); // truncated 3-byte integer
        assertThrows(BeamLoadException.class, () -> read(0x37, 0x10, 0x30, 0x10)); // unknown allocation kind 3
    }

    private static Operand read(int... bytes) throws BeamLoadException {
        byte[] encoded = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            encoded[i] = (byte) bytes[i];
        }
        return new CompactTermReader(new ChunkReader("test", "Code", encoded, 0, encoded.length)).read();
    }

    private static String erl(String eval) throws IOException, InterruptedException {
        Process erl;
        try {
            erl = new ProcessBuilder("erl", "-noshell", "-eval", eval).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("cannot run erl (is OTP installed and on the PATH?): " + e.getMessage());
        }
        erl.getOutputStream().close();
        String output = new String(erl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!erl.waitFor(60, TimeUnit.SECONDS) || erl.exitValue() != 0) {
            fail("erl failed: " + output);
        }
        return output;
    }
}

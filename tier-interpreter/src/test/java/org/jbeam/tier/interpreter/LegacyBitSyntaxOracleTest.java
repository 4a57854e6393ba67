package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * OTP 24's binary construction instructions ({@code bs_init_bits}, {@code bs_add},
 * {@code bs_put_*}, {@code bs_utf*_size}, {@code bs_append}, {@code bs_private_append}), as OTP
 * 25's erlc still emits them with {@code +no_bs_create_bin}, on the interpreter against the
 * real {@code erl}: each {@code oldbits:t(N)} of {@code src/test/resources/oldbits/oldbits.erl}
 * (integers, floats, binaries, strings, utf segments, appends in loops, guards, the errors
 * with their stack entry) must print erl's {@code ~w} text. {@code +no_type_opt} keeps OTP 25's
 * validator from rejecting the typed registers it would otherwise give these old instructions.
 */
class LegacyBitSyntaxOracleTest extends NumberedCasesOracle {
    private static final List<String> OPTIONS = List.of("+no_bs_create_bin", "+no_type_opt");

    @Override
    String folder() {
        return "oldbits";
    }

    @Override
    String module() {
        return "oldbits";
    }

    @Override
    int cases() {
        return 48;
    }

    @Override
    List<String> erlcOptions() {
        return OPTIONS;
    }

    /** The module really holds the old instructions and no {@code bs_create_bin} (erlc's own listing). */
    @Test
    void moduleIsBuiltWithTheOldInstructions() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "erl-oldbits-listing"));
        Path source = Erl.compile("erl-oldbits-listing", folder(), List.of()).resolve("oldbits.erl");
        try (var in = getClass().getResourceAsStream("/oldbits/oldbits.erl")) {
            Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> erlc = new ArrayList<>(List.of("erlc", "-S"));
        erlc.addAll(OPTIONS);
        erlc.addAll(List.of("-o", dir.toString(), source.toString()));
        Erl.run(erlc);
        String listing = Files.readString(dir.resolve("oldbits.S"));
        for (String op : List.of("bs_init_bits", "bs_add", "bs_put_integer", "bs_put_binary", "bs_put_float",
                "bs_put_string", "bs_put_utf8", "bs_put_utf16", "bs_put_utf32", "bs_utf8_size", "bs_utf16_size",
                "bs_append", "bs_private_append")) {
            assertTrue(listing.contains("{" + op + ","), () -> "oldbits.S has no " + op);
        }
        assertTrue(!listing.contains("{bs_create_bin,"), "oldbits.S still has bs_create_bin");
    }
}

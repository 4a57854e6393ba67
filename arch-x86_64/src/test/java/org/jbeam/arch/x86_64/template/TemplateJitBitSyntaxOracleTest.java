package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbeam.tier.template.TemplateJitTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bit syntax on the template JIT against erl: {@code tj_bits} (OTP 25's instructions:
 * {@code bs_start_match3/4}, {@code bs_get_*2}, {@code bs_skip_*}, utf segments, tails, units,
 * positions, {@code bs_match_string}, {@code bs_create_bin} of every segment type, appends and
 * comprehensions, construction failures with their {@code error_info}) and {@code tj_oldbits}
 * (OTP 24's construction, compiled with {@code no_bs_create_bin}) both on the template JIT, OTP's
 * modules on the interpreter; and again with tiny heaps that collect at every heap test and at
 * every bit-syntax collection point, with match states and binaries live across collections.
 */
@Tag("native-execution")
class TemplateJitBitSyntaxOracleTest {
    private static final String MODULE = "tj_bits";
    private static Map<String, String> erl;
    private static MixedTierRunner runner;

    static List<String> functions() {
        return List.of("ints", "ints_little", "floats", "float_specials", "bins", "bitstrings", "utf", "utf_bad",
                "strings", "clauses", "skips", "tails", "build_ints", "build_floats", "build_bins", "build_utf",
                "appends", "comprehension", "construct_errors", "uncaught_badarg", "match_errors", "not_binary",
                "parse_loop", "big_loop", "guards", "legacy", "legacy_errors", "positions", "byte_reads");
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = ErlOracle.compile("tjit-bits", List.of("tj_bits", "tj_oldbits"));
        erl = ErlOracle.display(dir, MODULE, functions());
        runner = new MixedTierRunner(dir, Set.of("tj_bits", "tj_oldbits")::contains);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function));
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrintsWithTinyHeapsCollectingAtEveryHeapTest(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function, 16, 8, true));
    }

    @Test
    void bothModulesRunOnTheTemplateJit() {
        runner.run(MODULE, "legacy");
        assertEquals(TemplateJitTier.ID, runner.boundTier("tj_bits", "ints", 0));
        assertEquals(TemplateJitTier.ID, runner.boundTier("tj_oldbits", "all", 0));
    }
}

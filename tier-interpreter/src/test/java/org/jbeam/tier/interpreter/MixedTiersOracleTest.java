package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mixing tiers (issue 5, contract 3) against erl: the programs under
 * {@code src/test/resources/mix} run on two tiers at once, the interpreter (id 1: {@code mix_a},
 * {@code mix_c}, {@code erlang}) and a test tier, a second interpreter under id 2
 * ({@code mix_b}, {@code mix_d}, OTP's {@code lists}, and the reloaded {@code cv}), so every
 * call, tail call, return, fun call, {@code apply}, spawn, receive, exception and stack-trace
 * frame crosses between them. Each zero-arity function of {@code mix_a} runs as the first
 * process of a fresh runtime and in a fresh process of the real erl; the {@code ~w} texts (or
 * {@code Class:Reason}) must be equal. Stack traces keep the programs' own frames (and
 * {@code lists}' and {@code erlang}'s), since erl runs them under {@code erl_eval}.
 */
class MixedTiersOracleTest {
    private static final String MODULE = "mix_a";
    private static final Set<String> ON_SECOND_TIER = Set.of("mix_b", "mix_d", "lists", "cv");
    private static final Map<String, String> ERL = new HashMap<>();
    private static ProcessRunner runner;

    static List<String> functions() {
        return List.of("call_other", "deep_returns", "tail_loop", "ping_pong_tail", "fun_calls", "funs_both_ways",
                "apply_forms", "try_error_trace", "catch_throw", "catch_exit", "catch_error_trace", "b_catches_a",
                "reraise_across", "nested_handlers", "function_clause_in_b", "bif_error_in_b", "undef_across",
                "fun_badarity_across", "spawn_mfa_other", "spawn_fun_other", "spawn_crash_trace", "receive_in_b",
                "after_in_b", "suspended_stack", "lists_on_b", "hot_reload");
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path v1 = Erl.compile("erl-mix-v1", "code/v1", List.of("cv")).toAbsolutePath();
        Path v2 = Erl.compile("erl-mix-v2", "code/v2", List.of("cv")).toAbsolutePath();
        Path dir = Erl.compile("erl-mix", "mix", List.of("mix_a", "mix_b", "mix_c", "mix_d"));
        Path dirs = dir.resolve("code_dirs.erl");
        Files.writeString(dirs, "-module(code_dirs).\n-export([v1/0, v2/0]).\nv1() -> \"" + v1 + "\".\nv2() -> \""
                + v2 + "\".\n");
        Erl.run(List.of("erlc", "-o", dir.toString(), dirs.toString()));
        ERL.putAll(Erl.askInFreshProcesses(dir, MODULE, functions()));
        runner = ProcessRunner.mixed(dir, ON_SECOND_TIER::contains);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) throws Exception {
        assertEquals(ERL.get(function), runner.run(MODULE, function), () -> function + " " + runner.lastDetail);
    }

    /** The programs really run on two tiers: each module was loaded onto the tier assigned to it. */
    @Test
    void modulesRunOnTheirAssignedTiers() throws Exception {
        assertEquals("{43,4}", runner.run(MODULE, "call_other"));
        assertEquals(Interpreter.ID, runner.boundTier("mix_a", "call_other", 0));
        assertEquals(Interpreter.ID, runner.boundTier("mix_c", "inc", 1));
        assertEquals(ProcessRunner.SECOND_TIER, runner.boundTier("mix_b", "double", 1));
        runner.run(MODULE, "lists_on_b");
        assertEquals(ProcessRunner.SECOND_TIER, runner.boundTier("lists", "map", 2));
    }
}

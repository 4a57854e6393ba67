package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.vm.code.CodeBifs;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.code.Preloaded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Monitors on registered names, {@code monitor/3} options, process aliases and a call/reply
 * through an alias (hand-written and OTP's own {@code gen_server}): each function of
 * {@code programs/procsig.erl} runs as the first process of a fresh runtime on the
 * interpreter and in a fresh process of the real {@code erl}; the {@code ~w} texts must match.
 */
class ProcessSignalsOracleTest {
    static List<String> functions() {
        return List.of("monitor_name_down", "monitor_name_node_down", "monitor_name_noproc",
                "monitor_name_node_noproc", "monitor_other_node", "monitor_name_normal", "monitor_self",
                "monitor_bad_type", "monitor_tag", "monitor_tag_tuple", "monitor_tag_noproc", "monitor_tag_flush",
                "monitor_bad_option", "monitor_options_empty", "alias_send", "alias_unalias", "alias_reply",
                "alias_explicit", "alias_bad", "plain_ref_send", "alias_from_other", "alias_other_cannot_unalias",
                "alias_dies_with_owner", "monitor_alias_demonitor", "monitor_alias_reply_demonitor",
                "monitor_alias_explicit_after_down", "monitor_alias_demonitor_after_down",
                "monitor_alias_unalias_keeps_monitor", "demonitor_flush_info", "call_server", "gen_server_call",
                "apply_undef_trace", "apply_undef_trace_tail", "gen_server_stop_reason",
                "ets_replace_then_lookup");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Erl.compile("erl-procsig", "programs", List.of("procsig", "procsig_server"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "procsig", functions()));
        // gen_server asks erlang:function_exported/3, one of the code BIFs the launcher adds.
        runner = new ProcessRunner(dir, (table, atoms, server, exports) -> CodeBifs.register(table, atoms, server,
                exports, Preloaded.modules(OtpRoot.locate())));
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
        assertEquals(ERL.get(function), runner.run("procsig", function), () -> function + " " + runner.lastDetail);
    }
}

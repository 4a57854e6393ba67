package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * The timer BIFs with options ({@code send_after/4}, {@code start_timer/4},
 * {@code cancel_timer/2}, {@code read_timer/1,2}) and {@code registered/0}: each function of
 * {@code morebifs/btimers.erl} runs as the first process of a fresh runtime on the interpreter
 * and in a fresh process on the real {@code erl}; the {@code ~w} texts must be equal. The
 * programs print no time left itself, only whether some was left.
 */
class TimerBifsOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "morebifs";
    }

    @Override
    String module() {
        return "btimers";
    }

    @Override
    List<String> functions() {
        return List.of("send_after_abs", "start_timer_opts", "cancel_sync_info", "cancel_sync_noinfo",
                "cancel_async_info", "cancel_async_noinfo", "read_timer", "read_timer_async", "read_timer_gone",
                "bad_option", "bad_cancel_option", "cancel_unknown", "registered_names", "read_not_ref");
    }
}

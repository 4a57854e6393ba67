package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * The node BIFs of a non-distributed node ({@code nodes/1,2}, {@code monitor_node/2,3}, the
 * {@code monitor_nodes} process flag) and {@code statistics/1}'s measured items, each function
 * of {@code programs/node_bifs.erl} run in a fresh process on jbeam and on erl, compared as
 * {@code ~w} text. Statistics are compared by shape (the numbers are each VM's own).
 */
class NodeBifsOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "node_bifs";
    }

    @Override
    List<String> functions() {
        return List.of("nodes_plain", "nodes_kinds", "nodes_info", "nodes_bad", "monitor_node_other",
                "monitor_node_self", "monitor_node_options", "monitor_node_bad", "monitor_nodes_counts",
                "monitor_nodes_bad", "net_kernel_subscribe", "wall_time_switch", "statistics_shapes",
                "statistics_reductions_grow", "unicode_io_flag", "memory_shapes", "memory_grows_with_processes");
    }
}

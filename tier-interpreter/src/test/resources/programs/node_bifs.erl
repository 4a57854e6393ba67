%% The node BIFs of a node that is not distributed, and the statistics items jbeam measures:
%% one behaviour per function, each returning what it saw.
-module(node_bifs).
-compile([export_all, nowarn_export_all]).

c(F) -> try F() catch C:R -> {C, R} end.

nodes_plain() -> {nodes(), node(), is_alive(), node(self())}.
nodes_kinds() -> [nodes(this), nodes(known), nodes(visible), nodes(hidden), nodes(connected), nodes([this, visible])].
nodes_info() -> [nodes(visible, #{connection_id => true}), nodes(this, #{node_type => true}), nodes(known, #{})].
nodes_bad() -> [c(fun() -> nodes(bad) end), c(fun() -> nodes([]) end), c(fun() -> nodes(visible, bad) end),
                c(fun() -> nodes(visible, #{bad => true}) end), c(fun() -> nodes([this | x]) end)].
monitor_node_other() ->
    R = c(fun() -> monitor_node(foo@bar, true) end),
    {R, receive M -> M after 50 -> none end}.
monitor_node_self() ->
    R = monitor_node(node(), true),
    {R, receive M -> M after 50 -> none end}.
monitor_node_options() -> c(fun() -> erlang:monitor_node(foo@bar, true, [allow_passive_connect]) end).
monitor_node_bad() -> [c(fun() -> monitor_node(foo, maybe) end), c(fun() -> monitor_node(1, true) end)].
monitor_nodes_counts() ->
    [process_flag(monitor_nodes, true), process_flag(monitor_nodes, true),
     process_flag({monitor_nodes, #{connection_id => true}}, true),
     process_flag({monitor_nodes, #{connection_id => true}}, false),
     process_flag(monitor_nodes, false), process_flag(monitor_nodes, false)].
monitor_nodes_bad() -> [c(fun() -> process_flag({monitor_nodes, bad}, true) end),
                        c(fun() -> process_flag(monitor_nodes, maybe) end)].
net_kernel_subscribe() -> {net_kernel:monitor_nodes(true, #{connection_id => true}), net_kernel:monitor_nodes(false)}.
wall_time_switch() -> [erts_internal:scheduler_wall_time(false), erts_internal:scheduler_wall_time(true),
                       erts_internal:scheduler_wall_time(false), c(fun() -> erts_internal:scheduler_wall_time(x) end)].
statistics_shapes() ->
    [begin {A, B} = statistics(Item), is_integer(A) andalso is_integer(B) andalso A >= 0 andalso B >= 0 end
     || Item <- [runtime, wall_clock, reductions, exact_reductions]].
statistics_reductions_grow() ->
    {R1, _} = statistics(reductions),
    lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 10000)),
    {R2, _} = statistics(reductions),
    R2 > R1.
statistics_bad() -> c(fun() -> statistics(no_such_item) end).
unicode_io_flag() -> [net_kernel:dflag_unicode_io(self()), c(fun() -> net_kernel:dflag_unicode_io(foo) end),
                      c(fun() -> net_kernel:dflag_unicode_io(make_ref()) end)].
memory_shapes() ->
    [is_integer(erlang:memory(processes)), is_integer(erlang:memory(total)), is_integer(erlang:memory(system)),
     [T || {T, B} <- erlang:memory([processes, total]), is_integer(B)],
     c(fun() -> erlang:memory(no_such_type) end), c(fun() -> erlang:memory([processes, 7]) end)].
memory_grows_with_processes() ->
    Before = erlang:memory(processes),
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100)],
    After = erlang:memory(processes),
    [P ! stop || P <- Pids],
    After > Before.

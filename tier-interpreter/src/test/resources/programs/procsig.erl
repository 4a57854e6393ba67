%% Monitors, aliases and process signals, one behaviour per function; each returns a
%% deterministic term (no pids or references in results).
-module(procsig).
-compile([export_all, nowarn_export_all]).

%% An exception as {Class, Reason}, without erl's stack trace.
err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

%% Monitors on registered names.
monitor_name_down() ->
    register(procsig_a, spawn(fun() -> receive go -> exit(bye) end end)),
    M = monitor(process, procsig_a),
    procsig_a ! go,
    receive {'DOWN', M, process, Item, Reason} -> {Item, Reason} end.

monitor_name_node_down() ->
    register(procsig_b, spawn(fun() -> receive go -> exit(bye) end end)),
    M = monitor(process, {procsig_b, node()}),
    procsig_b ! go,
    receive {'DOWN', M, process, Item, Reason} -> {Item, Reason} end.

monitor_name_noproc() ->
    M = monitor(process, procsig_nobody),
    receive {'DOWN', M, process, Item, Reason} -> {Item, Reason} end.

monitor_name_node_noproc() ->
    M = monitor(process, {procsig_nobody, node()}),
    receive {'DOWN', M, process, Item, Reason} -> {Item, Reason} end.

monitor_other_node() ->
    err(fun() -> monitor(process, {procsig_nobody, 'other@nowhere'}) end).

monitor_name_normal() ->
    register(procsig_c, spawn(fun() -> receive go -> ok end end)),
    M = monitor(process, procsig_c),
    procsig_c ! go,
    receive {'DOWN', M, process, Item, Reason} -> {Item, Reason} end.

monitor_self() ->
    M = monitor(process, self()),
    {demonitor(M, [info]), demonitor(M, [info])}.

monitor_bad_type() ->
    err(fun() -> monitor(bogus, self()) end).

%% monitor/3 options.
monitor_tag() ->
    P = spawn(fun() -> receive go -> exit(bye) end end),
    M = monitor(process, P, [{tag, mytag}]),
    P ! go,
    receive {T, M, process, P2, R} -> {T, P2 =:= P, R} end.

monitor_tag_tuple() ->
    P = spawn(fun() -> receive go -> exit(bye) end end),
    M = monitor(process, P, [{tag, {my, "tag", <<1>>}}]),
    P ! go,
    receive {T, M, process, _, R} -> {T, R} end.

monitor_tag_noproc() ->
    P = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    M = monitor(process, P, [{tag, t}]),
    receive {T, M, process, _, R} -> {T, R} end.

monitor_tag_flush() ->
    P = spawn(fun() -> ok end),
    M = monitor(process, P, [{tag, t}]),
    receive after 20 -> ok end,
    {demonitor(M, [flush, info]), receive X -> X after 0 -> empty end}.

monitor_bad_option() ->
    [err(fun() -> monitor(process, self(), Opts) end)
     || Opts <- [[bad], [{alias, bad}], foo, [{tag, a} | b], [{tag, a, b}]]].

monitor_options_empty() ->
    P = spawn(fun() -> receive go -> exit(bye) end end),
    M = monitor(process, P, []),
    P ! go,
    receive {'DOWN', M, process, _, R} -> R end.

%% Aliases.
alias_send() ->
    A = alias(),
    A ! hello,
    receive {X} -> X; X -> X after 50 -> none end.

alias_unalias() ->
    A = alias(),
    A ! one,
    First = unalias(A),
    A ! two,
    R1 = receive M1 -> M1 after 20 -> none end,
    R2 = receive M2 -> M2 after 20 -> none end,
    {First, R1, R2, unalias(A)}.

alias_reply() ->
    A = alias([reply]),
    A ! one,
    A ! two,
    {receive X -> X end, receive Y -> Y after 20 -> none end, unalias(A)}.

alias_explicit() ->
    A = alias([explicit_unalias]),
    A ! one,
    A ! two,
    {receive X -> X end, receive Y -> Y after 20 -> none end, unalias(A)}.

alias_bad() ->
    [err(fun() -> alias([foo]) end), err(fun() -> alias(foo) end), err(fun() -> alias([reply | x]) end),
     err(fun() -> unalias(foo) end), unalias(make_ref())].

plain_ref_send() ->
    R = make_ref(),
    Sent = (R ! hi),
    {Sent, receive M -> M after 20 -> none end, erlang:send(R, hi2), erlang:send(R, hi3, [noconnect])}.

alias_from_other() ->
    A = alias(),
    spawn(fun() -> A ! {from_other, 1} end),
    receive {from_other, N} -> N after 1000 -> timeout end.

alias_other_cannot_unalias() ->
    A = alias(),
    Self = self(),
    spawn(fun() -> Self ! {unaliased, unalias(A)} end),
    U = receive {unaliased, X} -> X end,
    A ! still,
    {U, receive still -> still after 50 -> none end}.

alias_dies_with_owner() ->
    Self = self(),
    P = spawn(fun() -> Self ! {alias, alias()}, receive stop -> ok end end),
    A = receive {alias, Al} -> Al end,
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    A ! late,
    receive late -> late after 20 -> dropped end.

%% Monitors that are aliases.
monitor_alias_demonitor() ->
    P = spawn(fun() -> receive {A, Msg} -> receive after 20 -> ok end, A ! {reply, Msg} end end),
    M = monitor(process, P, [{alias, demonitor}]),
    P ! {M, x},
    demonitor(M, [flush]),
    receive R -> R after 100 -> none end.

monitor_alias_reply_demonitor() ->
    P = spawn(fun() -> receive {A, Msg} -> A ! {reply, Msg}, A ! {reply2, Msg} end end),
    M = monitor(process, P, [{alias, reply_demonitor}]),
    P ! {M, x},
    R = receive Reply -> Reply end,
    Rest = receive R2 -> R2 after 50 -> none end,
    {R, Rest, demonitor(M, [info])}.

monitor_alias_explicit_after_down() ->
    P = spawn(fun() -> receive _ -> ok end end),
    M = monitor(process, P, [{alias, explicit_unalias}]),
    P ! x,
    R = receive {'DOWN', M, _, _, Why} -> Why end,
    M ! still,
    {R, receive Z -> Z after 20 -> none end, unalias(M)}.

monitor_alias_demonitor_after_down() ->
    P = spawn(fun() -> receive _ -> ok end end),
    M = monitor(process, P, [{alias, demonitor}]),
    P ! x,
    R = receive {'DOWN', M, _, _, Why} -> Why end,
    M ! still,
    {R, receive Z -> Z after 20 -> none end, unalias(M)}.

monitor_alias_unalias_keeps_monitor() ->
    P = spawn(fun() -> receive _ -> exit(bye) end end),
    M = monitor(process, P, [{alias, demonitor}]),
    U = unalias(M),
    M ! dropped,
    P ! x,
    {U, receive {'DOWN', M, _, _, Why} -> Why end, receive Z -> Z after 20 -> none end}.

demonitor_flush_info() ->
    P = spawn(fun() -> ok end),
    M = monitor(process, P),
    receive after 20 -> ok end,
    {demonitor(M, [flush, info]), demonitor(M, [info]), demonitor(M, []), err(fun() -> demonitor(M, [bogus]) end),
     err(fun() -> demonitor(not_a_ref) end), receive X -> X after 0 -> empty end}.

%% A gen_server-style call: the request carries [alias | Mref] and the reply goes to the alias.
call_server() ->
    Server = spawn(fun server_loop/0),
    R1 = call(Server, {add, 1, 2}),
    R2 = call(Server, {add, 40, 2}),
    R3 = (catch call(Server, crash)),
    {R1, R2, R3}.

call(Server, Request) ->
    Mref = monitor(process, Server, [{alias, demonitor}]),
    Tag = [alias | Mref],
    Server ! {'$call', {self(), Tag}, Request},
    receive
        {[alias | Mref], Reply} ->
            demonitor(Mref, [flush]),
            Reply;
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end.

server_loop() ->
    receive
        {'$call', {_From, [alias | Alias] = Tag}, {add, A, B}} ->
            Alias ! {Tag, A + B},
            server_loop();
        {'$call', _, crash} ->
            exit(server_crashed)
    end.

%% The real gen_server of OTP 25 (gen:call monitors with an alias; gen:reply sends to it).
gen_server_call() ->
    {ok, Pid} = gen_server:start(procsig_server, 0, []),
    A = gen_server:call(Pid, {add, 5}),
    B = gen_server:call(Pid, {add, 7}),
    ok = gen_server:cast(Pid, {add, 100}),
    C = gen_server:call(Pid, get),
    D = (catch gen_server:call(Pid, stop)),
    {A, B, C, D, is_process_alive(Pid)}.

%% logger_server's call_h/4 tells a missing optional callback from a crash by the undef's
%% first stack entry: apply/3 with a variable argument list must name the function it missed.
apply_undef_trace() ->
    Args = [a, b, c],
    try apply(procsig_server, no_such_callback, Args)
    catch error:undef:Stack -> hd(Stack)
    end.

apply_undef_trace_tail() ->
    apply_tail(procsig_server, no_such_callback, [x]).

apply_tail(M, F, A) ->
    try
        apply(M, F, A)
    catch
        error:undef:Stack ->
            case Stack of
                [{M, F, Args, _} | _] -> {undef, M, F, Args};
                _ -> {other, Stack}
            end
    end.

%% A gen_server stopped with {stop, normal, ...} exits normal (and proc_lib makes no crash report).
gen_server_stop_reason() ->
    {ok, Pid} = gen_server:start(procsig_server, 0, []),
    M = monitor(process, Pid),
    stopped = gen_server:call(Pid, stop),
    receive {'DOWN', M, process, _, Reason} -> Reason end.

%% erlang:Class(Reason) with a variable class, as gen_server:terminate/10 ends.
dynamic_exit() ->
    Class = exit,
    try erlang:Class(normal) catch C:R:S -> {C, R, S} end.

%% The logger keeps its configuration in a set table and replaces entries under the same key;
%% the table must still find the key after the replaced objects' memory is reused.
ets_replace_then_lookup() ->
    T = ets:new(config, [set]),
    Key = {'$handler_config$', <<"a key long enough to live off the small-term path">>},
    [ets:insert(T, {Key, I, lists:seq(1, 50)}) || I <- lists:seq(1, 200)],
    [ets:insert(T, {N, list_to_binary(lists:duplicate(20, "filler"))}) || N <- lists:seq(1, 200)],
    B = ets:new(b, [bag]),
    [ets:insert(B, {k, I}) || I <- [1, 2, 3]],
    ets:delete_object(B, {k, 1}),
    [ets:insert(B, {N, filler}) || N <- lists:seq(1, 200)],
    {element(2, hd(ets:lookup(T, Key))), ets:lookup(B, k), ets:first(B) =/= '$end_of_table'}.

%% Processes and messages, one behaviour per function; each runs as the first process and
%% returns a deterministic result (no pids or references in results).
-module(procs).
-export([ping_pong/0, ring/0, selective/0, selective_other/0, after_zero/0, after_zero_match/0, after_fifty/0,
         after_infinity_message/0, link_trap/0, link_trap_normal/0, link_no_trap/0, link_chain/0,
         monitor_down/0, spawn_monitor_error/0, spawn_monitor_exit/0, spawn_monitor_throw/0,
         spawn_monitor_badarith/0, registered/0, send_unregistered/0, make_ref_match/0, many/0,
         kill/0, kill_trapping/0, link_dead/0, link_dead_trapping/0, monitor_dead/0, demonitor_flush/0,
         demonitor_info/0, send_after/0, start_timer/0, cancel_timer/0, timers_in_order/0, alive/0,
         exit_normal_ignored/0, exit_normal_trapped/0, exit_reason_trapped/0, spawn_mfa/0, echo_terms/0,
         echo_big/0, echo_numbers/0, echo_binaries/0, echo_maps/0, echo_funs/0, unlink_then_crash/0, self_exit/0, spawn_link_undef/0, whereis_self/0,
         send_returns/0, register_twice/0, receive_loop_count/0, worker/2, echo/0]).

ping_pong() ->
    Pong = spawn(fun pong/0),
    N = ping(Pong, 100, 0),
    Pong ! stop,
    N.

ping(_, 0, Acc) -> Acc;
ping(Pong, N, Acc) ->
    Pong ! {ping, self(), N},
    receive {pong, N} -> ping(Pong, N - 1, Acc + N) end.

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.

ring() ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, 999)),
    First ! {token, 0},
    Token = receive {token, T} -> T end,
    First ! {token, Token},
    receive {token, T2} -> T2 end.

relay(Next) ->
    receive
        {token, N} -> Next ! {token, N + 1}, relay(Next)
    end.

selective() ->
    self() ! a, self() ! b, self() ! c,
    C = receive c -> c end,
    B = receive b -> b end,
    A = receive X -> X end,
    [C, B, A].

selective_other() ->
    Self = self(),
    spawn(fun() -> Self ! {one, 1}, Self ! {two, 2}, Self ! {three, 3} end),
    Three = receive {three, V3} -> V3 end,
    One = receive {one, V1} -> V1 end,
    Two = receive {two, V2} -> V2 end,
    {Three, One, Two}.

after_zero() ->
    self() ! unrelated,
    R = receive wanted -> got after 0 -> timeout end,
    Left = receive Any -> Any after 0 -> empty end,
    {R, Left}.

after_zero_match() ->
    self() ! wanted,
    receive wanted -> got after 0 -> timeout end.

after_fifty() ->
    R1 = receive never -> never after 50 -> timeout end,
    Self = self(),
    spawn(fun() -> Self ! early end),
    R2 = receive early -> early after 5000 -> late end,
    {R1, R2}.

after_infinity_message() ->
    Self = self(),
    spawn(fun() -> Self ! hello end),
    receive M -> M after infinity -> never end.

link_trap() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> exit(boom) end),
    receive {'EXIT', P, R} -> R end.

link_trap_normal() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> ok end),
    receive {'EXIT', P, R} -> R end.

link_no_trap() ->
    Self = self(),
    {Middle, Ref} = spawn_monitor(fun() ->
        spawn_link(fun() -> exit(crash) end),
        receive never -> Self ! survived end
    end),
    receive {'DOWN', Ref, process, Middle, Reason} -> Reason end.

link_chain() ->
    process_flag(trap_exit, true),
    Last = chain(10),
    receive {'EXIT', _, R} -> {R, is_process_alive(Last)} end.

chain(0) ->
    spawn_link(fun() -> receive go -> exit(chain_end) end end);
chain(N) ->
    Self = self(),
    P = spawn_link(fun() -> Self ! {child, chain_child(N - 1)}, receive never -> ok end end),
    receive {child, C} -> C ! go, P end.

chain_child(N) ->
    Self = self(),
    if N =:= 0 -> spawn_link(fun() -> receive go -> exit(chain_end) end end);
       true ->
           spawn_link(fun() -> Self ! {child, chain_child(N - 1)}, receive never -> ok end end),
           receive {child, C} -> C end
    end.

monitor_down() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, Reason} -> Reason end.

spawn_monitor_error() ->
    {P, Ref} = spawn_monitor(fun() -> error(badthing) end),
    receive {'DOWN', Ref, process, P, {Reason, _Stack}} -> Reason end.

spawn_monitor_exit() ->
    {P, Ref} = spawn_monitor(fun() -> exit({shutdown, 42}) end),
    receive {'DOWN', Ref, process, P, Reason} -> Reason end.

spawn_monitor_throw() ->
    {P, Ref} = spawn_monitor(fun() -> throw(ball) end),
    receive {'DOWN', Ref, process, P, {Reason, _Stack}} -> Reason end.

spawn_monitor_badarith() ->
    {P, Ref} = spawn_monitor(fun() -> 1 / zero() end),
    receive {'DOWN', Ref, process, P, {Reason, _Stack}} -> Reason end.

zero() -> 0.

registered() ->
    P = spawn(fun() -> receive {From, What} -> From ! {reply, What} end end),
    true = register(procs_server, P),
    Found = whereis(procs_server) =:= P,
    procs_server ! {self(), hello},
    R = receive {reply, X} -> X end,
    Ref = monitor(process, P),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    {Found, R, whereis(procs_server)}.

send_unregistered() ->
    try nobody_here ! hello catch C:R -> {C, R} end.

make_ref_match() ->
    Ref = make_ref(),
    self() ! {make_ref(), 1},
    self() ! {Ref, 2},
    R = receive {Ref, X} -> X end,
    Other = receive {_, Y} -> Y end,
    {R, Other, is_reference(Ref), Ref =:= Ref, Ref =/= make_ref()}.

many() ->
    Self = self(),
    [spawn(fun() -> Self ! {done, N} end) || N <- lists:seq(1, 10000)],
    collect(10000, 0).

collect(0, Sum) -> Sum;
collect(N, Sum) -> receive {done, K} -> collect(N - 1, Sum + K) end.

kill() ->
    P = spawn(fun() -> receive never -> ok end end),
    Ref = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', Ref, process, P, R} -> R end.

kill_trapping() ->
    Self = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Self ! ready, receive never -> ok end end),
    receive ready -> ok end,
    Ref = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', Ref, process, P, R} -> R end.

link_dead() ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    try link(P) catch C:R -> {C, R} end.

link_dead_trapping() ->
    process_flag(trap_exit, true),
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    L = link(P),
    receive {'EXIT', P, R} -> {L, R} after 1000 -> {L, no_exit} end.

monitor_dead() ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    Ref2 = monitor(process, P),
    receive {'DOWN', Ref2, process, P, R} -> R end.

demonitor_flush() ->
    %% The child ends only when told, so the second monitor is set while it lives (on two
    %% schedulers it could otherwise end first and the monitor see noproc).
    {P, Ref} = spawn_monitor(fun() -> receive go -> ok end end),
    Ref2 = monitor(process, P),
    P ! go,
    timer_wait(P),
    R = demonitor(Ref, [flush]),
    Got = receive {'DOWN', Ref, _, _, _} -> still_there after 0 -> flushed end,
    Other = receive {'DOWN', Ref2, _, _, Why} -> Why after 0 -> none end,
    {R, Got, Other}.

timer_wait(P) ->
    case is_process_alive(P) of
        true -> receive after 1 -> timer_wait(P) end;
        false -> ok
    end.

demonitor_info() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Ref = monitor(process, P),
    A = demonitor(Ref, [info]),
    B = demonitor(Ref, [info]),
    P ! stop,
    Got = receive {'DOWN', Ref, _, _, _} -> down after 50 -> no_down end,
    {A, B, Got}.

send_after() ->
    erlang:send_after(20, self(), hi),
    receive hi -> hi end.

start_timer() ->
    T = erlang:start_timer(10, self(), tick),
    receive {timeout, T, Msg} -> {got, Msg} end.

cancel_timer() ->
    T = erlang:send_after(10000, self(), never),
    Left = erlang:cancel_timer(T),
    Again = erlang:cancel_timer(T),
    Got = receive never -> got after 20 -> nothing end,
    {is_integer(Left), Left > 5000, Again, Got}.

timers_in_order() ->
    erlang:send_after(60, self(), a),
    erlang:send_after(20, self(), b),
    erlang:send_after(40, self(), c),
    [receive X -> X end || _ <- [1, 2, 3]].

alive() ->
    P = spawn(fun() -> receive stop -> ok end end),
    A = is_process_alive(P),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    {A, is_process_alive(P), is_process_alive(self())}.

exit_normal_ignored() ->
    P = spawn(fun() -> receive stop -> ok end end),
    exit(P, normal),
    A = is_process_alive(P),
    P ! stop,
    A.

exit_normal_trapped() ->
    Self = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Self ! ready,
                       receive {'EXIT', From, R} -> Self ! {trapped, From =:= Self, R} end end),
    receive ready -> ok end,
    exit(P, normal),
    receive {trapped, FromMe, R} -> {FromMe, R} end.

exit_reason_trapped() ->
    Self = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Self ! ready,
                       receive {'EXIT', _, R} -> Self ! {trapped, R} end end),
    receive ready -> ok end,
    exit(P, {custom, [1, 2, 3]}),
    receive {trapped, R} -> R end.

spawn_mfa() ->
    P = spawn(procs, worker, [self(), 21]),
    receive {P, Result} -> Result end.

worker(From, N) -> From ! {self(), N * 2}.

echo() ->
    receive {From, Term} -> From ! {self(), Term}, echo(); stop -> ok end.

echo_terms() ->
    P = spawn(procs, echo, []),
    Terms = [atom, 42, -7, 3.25, 1 bsl 100, -(1 bsl 70), "text", <<1, 2, 3>>, <<7:3>>,
             <<"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">>, {a, {b, [c | d]}}, #{k => v, 1 => [2]}, [], {},
             lists:foldl(fun(N, M) -> M#{N => N * N} end, #{}, lists:seq(1, 40)), fun(X) -> X + 1 end,
             fun lists:reverse/1, make_ref(), self()],
    Back = [begin P ! {self(), T}, receive {P, B} -> B end end || T <- Terms],
    P ! stop,
    Big = lists:nth(10, Back),
    F = lists:nth(16, Back),
    {Back =:= Terms, Big =:= lists:nth(10, Terms), F(41), [T || T <- Back, not is_function(T), not is_reference(T), not is_pid(T)]}.

echo_big() ->
    P = spawn(procs, echo, []),
    L = lists:seq(1, 100000),
    P ! {self(), L},
    R = receive {P, B} -> B end,
    P ! stop,
    {length(R), lists:sum(R)}.

unlink_then_crash() ->
    Self = self(),
    {M, Ref} = spawn_monitor(fun() ->
        P = spawn_link(fun() -> receive go -> exit(crash) end end),
        unlink(P),
        P ! go,
        receive after 20 -> Self ! still_alive end
    end),
    A = receive still_alive -> still_alive end,
    B = receive {'DOWN', Ref, process, M, R} -> R end,
    {A, B}.

self_exit() ->
    {P, Ref} = spawn_monitor(fun() -> exit(self(), goodbye), receive never -> ok end end),
    receive {'DOWN', Ref, process, P, R} -> R end.

spawn_link_undef() ->
    process_flag(trap_exit, true),
    P = spawn_link(no_such_module_here, f, []),
    receive {'EXIT', P, {R, _}} -> R end.

whereis_self() ->
    register(procs_me, self()),
    R = whereis(procs_me) =:= self(),
    unregister(procs_me),
    {R, whereis(procs_me), try unregister(procs_me) catch C:E -> {C, E} end}.

send_returns() ->
    X = self() ! {msg, 1},
    Y = erlang:send(self(), two),
    receive {msg, 1} -> ok end,
    receive two -> ok end,
    {X, Y}.

register_twice() ->
    P = spawn(fun() -> receive stop -> ok end end),
    register(procs_once, P),
    R = try register(procs_once, self()) catch C1:E1 -> {C1, E1} end,
    R2 = try register(procs_other, P) catch C2:E2 -> {C2, E2} end,
    P ! stop,
    {R, R2}.

receive_loop_count() ->
    [self() ! N || N <- lists:seq(1, 500)],
    drain(0).

drain(Acc) -> receive N -> drain(Acc + N) after 0 -> Acc end.

echo_list(Terms) ->
    P = spawn(procs, echo, []),
    Back = [begin P ! {self(), T}, receive {P, B} -> B end end || T <- Terms],
    P ! stop,
    {Back =:= Terms, Back}.

echo_numbers() -> echo_list([atom, 42, -7, 3.25, 1 bsl 100, -(1 bsl 70), "text", {a, {b, [c | d]}}, [], {}]).

echo_binaries() -> echo_list([<<1, 2, 3>>, <<7:3>>, <<"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy">>]).

echo_maps() -> echo_list([#{k => v, 1 => [2]}, lists:foldl(fun(N, M) -> M#{N => N * N} end, #{}, lists:seq(1, 40))]).

echo_funs() ->
    {Same, [F, G]} = echo_list([fun(X) -> X + 1 end, fun lists:reverse/1]),
    {Same, F(41), G([1, 2])}.

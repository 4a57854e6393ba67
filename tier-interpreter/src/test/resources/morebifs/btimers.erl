%% Timers with options and registered/0, each function run as a fresh process.
-module(btimers).
-export([send_after_abs/0, start_timer_opts/0, cancel_sync_info/0, cancel_sync_noinfo/0, cancel_async_info/0,
         cancel_async_noinfo/0, read_timer/0, read_timer_async/0, read_timer_gone/0, bad_option/0,
         bad_cancel_option/0, cancel_unknown/0, registered_names/0, read_not_ref/0]).
c(F) -> try F() catch C:R -> {C, R} end.
left(X) when is_integer(X), X > 0, X =< 10000 -> some_left;
left(X) -> X.
send_after_abs() ->
    T = erlang:monotonic_time(millisecond) + 500,
    erlang:send_after(T, self(), abs_msg, [{abs, true}]),
    erlang:send_after(0, self(), past_msg, [{abs, false}]),
    [receive M -> M end, receive M2 -> M2 end].
start_timer_opts() ->
    R = erlang:start_timer(10, self(), hi, []),
    receive {timeout, R, Msg} -> {got, Msg} end.
cancel_sync_info() ->
    R = erlang:send_after(5000, self(), x, []),
    {left(erlang:cancel_timer(R, [{async, false}, {info, true}])), erlang:read_timer(R)}.
cancel_sync_noinfo() ->
    R = erlang:send_after(5000, self(), x),
    {erlang:cancel_timer(R, [{info, false}]), erlang:cancel_timer(R, [])}.
cancel_async_info() ->
    R = erlang:start_timer(5000, self(), x),
    Ok = erlang:cancel_timer(R, [{async, true}, {info, true}]),
    receive {cancel_timer, R, Left} -> {Ok, left(Left)} end.
cancel_async_noinfo() ->
    R = erlang:start_timer(5000, self(), x),
    Ok = erlang:cancel_timer(R, [{async, true}, {info, false}]),
    receive M -> {Ok, M} after 50 -> {Ok, nothing} end.
read_timer() ->
    R = erlang:send_after(5000, self(), x),
    L = left(erlang:read_timer(R)),
    L2 = left(erlang:read_timer(R, [])),
    erlang:cancel_timer(R),
    {L, L2, erlang:read_timer(R)}.
read_timer_async() ->
    R = erlang:send_after(5000, self(), x),
    Ok = erlang:read_timer(R, [{async, true}]),
    receive {read_timer, R, Left} -> {Ok, left(Left)} end.
read_timer_gone() ->
    R = erlang:send_after(1, self(), x),
    receive x -> ok end,
    {erlang:read_timer(R), erlang:cancel_timer(R)}.
bad_option() -> c(fun() -> erlang:send_after(10, self(), x, [foo]) end).
bad_cancel_option() -> c(fun() -> erlang:cancel_timer(make_ref(), [bad]) end).
cancel_unknown() -> {erlang:cancel_timer(make_ref(), []), erlang:read_timer(make_ref())}.
read_not_ref() -> c(fun() -> erlang:read_timer(self()) end).
registered_names() ->
    register(btimers_a, self()),
    P = spawn(fun() -> receive stop -> ok end end),
    register(btimers_b, P),
    Mine = [N || N <- registered(), N =:= btimers_a orelse N =:= btimers_b],
    P ! stop,
    unregister(btimers_a),
    lists:sort(Mine).

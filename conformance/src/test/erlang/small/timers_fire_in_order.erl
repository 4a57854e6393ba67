-module(timers_fire_in_order).
-export([main/0]).
%% Timers fire in the order of their deadlines, whatever order they were started in;
%% cancelled ones never fire; start_timer wraps its message; read_timer sees time left.
main() ->
    Delays = [90, 10, 70, 30, 50, 20, 80, 40, 60, 100],
    %% Every timer starts before anything slow (printing), so their deadlines keep their order.
    [erlang:send_after(D, self(), {fired, D}) || D <- Delays],
    Ref = erlang:start_timer(75, self(), wrapped),
    Cancel = erlang:send_after(55, self(), {fired, cancelled}),
    Left = erlang:cancel_timer(Cancel),
    %% Read before the first print: loading io's modules can take longer than 75 ms on a busy machine.
    Read = erlang:read_timer(Ref),
    io:format("cancelled with time left: ~p~n", [is_integer(Left) andalso Left > 0 andalso Left =< 55]),
    io:format("read_timer: ~p~n", [case Read of T when is_integer(T), T > 0 -> positive; T -> T end]),
    Order = collect(11, []),
    io:format("~p~n", [Order]),
    io:format("~p~n", [erlang:read_timer(Ref)]),
    receive Extra -> io:format("extra ~p~n", [Extra]) after 50 -> io:format("no more~n") end.

collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) ->
    receive
        {fired, D} -> collect(N - 1, [D | Acc]);
        {timeout, _Ref, wrapped} -> collect(N - 1, [wrapped | Acc])
    end.

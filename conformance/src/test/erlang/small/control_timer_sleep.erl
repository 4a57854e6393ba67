-module(control_timer_sleep).
-export([main/0]).
main() ->
    timer:sleep(20),
    io:format("slept~n"),
    erlang:send_after(30, self(), late),
    erlang:send_after(5, self(), early),
    First = receive M -> M end,
    Second = receive M2 -> M2 end,
    io:format("~p ~p~n", [First, Second]),
    Ref = erlang:start_timer(10, self(), tick),
    receive {timeout, Ref, tick} -> io:format("timer fired~n") end,
    T = erlang:send_after(10000, self(), never),
    io:format("~p~n", [is_integer(erlang:cancel_timer(T))]),
    io:format("~p~n", [erlang:cancel_timer(T)]).

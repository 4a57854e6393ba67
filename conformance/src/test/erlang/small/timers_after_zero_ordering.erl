-module(timers_after_zero_ordering).
-export([main/0]).
%% Timers with different delays deliver in deadline order.
main() ->
    [erlang:send_after(D, self(), {t, D}) || D <- [40, 10, 30, 20, 0]],
    io:format("~p~n", [[receive {t, _} = M -> M end || _ <- lists:seq(1, 5)]]),
    R = erlang:send_after(1000, self(), x),
    io:format("~p~n", [is_integer(erlang:read_timer(R))]),
    erlang:cancel_timer(R),
    io:format("~p~n", [erlang:read_timer(R)]).

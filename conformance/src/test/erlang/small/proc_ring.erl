-module(proc_ring).
-export([main/0]).
%% A ring of 100 processes passing a token around 10 times.
main() ->
    N = 100,
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, N - 1)),
    First ! {token, 0},
    Count = loop(First, 10),
    First ! stop,
    receive stop -> ok end,
    io:format("hops ~w~n", [Count]).
loop(First, Rounds) ->
    receive
        {token, C} when Rounds =:= 1 -> C;
        {token, C} -> First ! {token, C + 1}, loop(First, Rounds - 1)
    end.
relay(Next) ->
    receive
        {token, C} -> Next ! {token, C + 1}, relay(Next);
        stop -> Next ! stop
    end.

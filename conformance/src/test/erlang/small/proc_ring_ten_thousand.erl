-module(proc_ring_ten_thousand).
-export([main/0]).
%% A ring of 10,000 processes passing a token 100 rounds (a million hops); each member counts
%% the hops it saw and reports when the ring is torn down.
main() ->
    N = 10000,
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next, 0) end) end, Self, lists:seq(1, N - 1)),
    First ! {token, 1},
    Hops = lead(First, 100),
    First ! {stop, Self, 0},
    Seen = receive {stop, Self, Total} -> Total end,
    io:format("hops ~w, counted by the members ~w~n", [Hops, Seen]).

lead(First, Rounds) ->
    receive
        {token, Count} when Rounds =:= 1 -> Count;
        {token, Count} -> First ! {token, Count + 1}, lead(First, Rounds - 1)
    end.

relay(Next, Seen) ->
    receive
        {token, Count} -> Next ! {token, Count + 1}, relay(Next, Seen + 1);
        {stop, Leader, Total} -> Next ! {stop, Leader, Total + Seen}
    end.

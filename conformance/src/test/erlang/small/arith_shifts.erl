-module(arith_shifts).
-export([main/0]).
main() ->
    [io:format("~w ~w ~w~n", [S, 1 bsl S, -5 bsl S]) || S <- [0, 1, 10, 58, 59, 60, 63, 64, 65, 100]],
    [io:format("~w ~w~n", [(1 bsl 100) bsr S, -(1 bsl 100) bsr S]) || S <- [0, 1, 50, 99, 100, 101, 200]],
    io:format("~w ~w~n", [7 bsl -1, -7 bsr 1]).

-module(arith_small_ops).
-export([main/0]).
main() ->
    Xs = [0, 1, -1, 7, -7, 123456, -99],
    [io:format("~w ~w ~w ~w~n", [X + 3, X - 3, X * 3, -X]) || X <- Xs].

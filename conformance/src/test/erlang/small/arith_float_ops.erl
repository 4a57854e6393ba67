-module(arith_float_ops).
-export([main/0]).
main() ->
    Xs = [1.5, -0.25, 3.0, 1.0e10, 2.5e-7],
    [io:format("~p ~p ~p ~p~n", [X + 1, X * 2.5, X / 3, X - 0.1]) || X <- Xs],
    io:format("~p ~p~n", [7 / 2, 1 / 3]),
    io:format("~p~n", [0.1 + 0.2]).

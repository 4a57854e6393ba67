-module(arith_float_sum_precision).
-export([main/0]).
main() ->
    L = [0.1 || _ <- lists:seq(1, 10)],
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A + X end, 0.0, lists:seq(1, 1000)) / 7]),
    io:format("~p~n", [math:sqrt(lists:sum([X * X || X <- [3.0, 4.0, 12.0]]))]),
    io:format("~p~n", [1.0e16 + 1.0]),
    io:format("~p~n", [(1.0e16 + 2.0) - 1.0e16]),
    io:format("~p~n", [1 / 7 * 7]).

-module(arith_float_edge).
-export([main/0]).
main() ->
    io:format("~p~n", [catch id(1.0e308) * id(10.0)]),
    io:format("~p~n", [id(1.0e-320) / id(1.0e10)]),
    io:format("~p~n", [-0.0 == 0.0]),
    io:format("~p~n", [-0.0 =:= 0.0]),
    io:format("~p~n", [id(2.0) * id(-0.0)]),
    io:format("~p~n", [math:pow(2, 0.5)]),
    io:format("~p~n", [catch math:sqrt(id(-1))]).
id(X) -> lists:last([X]).

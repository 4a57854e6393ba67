-module(arith_int_float_mix).
-export([main/0]).
main() ->
    io:format("~p~n", [1 + 2.0]),
    io:format("~p~n", [(1 bsl 80) * 1.5]),
    io:format("~p~n", [(1 bsl 80) / 3]),
    io:format("~p~n", [float(1 bsl 70)]),
    io:format("~p ~p~n", [10 / 4, 10 div 4]),
    io:format("~p~n", [trunc(1.0e20)]),
    io:format("~p ~p ~p ~p~n", [round(2.5), round(-2.5), trunc(-2.7), round(1.4999)]),
    io:format("~p ~p~n", [ceil(2.1), floor(-2.1)]).

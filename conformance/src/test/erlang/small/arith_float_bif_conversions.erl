-module(arith_float_bif_conversions).
-export([main/0]).
main() ->
    io:format("~p~n", [float(7)]),
    io:format("~p~n", [float(-(1 bsl 62))]),
    io:format("~p~n", [erlang:float_to_list(1.0e-7, [{decimals, 10}])]),
    io:format("~p~n", [erlang:float_to_binary(123.456, [{scientific, 5}])]),
    io:format("~p~n", [erlang:float_to_list(0.1, [{decimals, 20}])]),
    io:format("~p~n", [erlang:float_to_list(2.5, [{decimals, 0}])]),
    io:format("~p~n", [erlang:float_to_list(-1.5e-10, [short])]),
    io:format("~p~n", [erlang:float_to_list(1.0e23, [short])]).

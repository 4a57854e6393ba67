-module(arith_float_conversions).
-export([main/0]).
main() ->
    io:format("~p~n", [list_to_float("1.5e3")]),
    io:format("~p~n", [binary_to_float(<<"-0.125">>)]),
    io:format("~p~n", [catch list_to_float(id("15"))]),
    io:format("~p~n", [catch list_to_float(id("1.5x"))]),
    io:format("~p~n", [list_to_float("2.0E-2")]),
    io:format("~p~n", [float_to_list(12.5)]),
    io:format("~p~n", [is_float(1.0) andalso not is_float(1)]).
id(X) -> lists:last([X]).

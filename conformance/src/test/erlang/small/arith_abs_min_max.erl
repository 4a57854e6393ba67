-module(arith_abs_min_max).
-export([main/0]).
main() ->
    io:format("~w ~w ~w ~w~n", [abs(-5), abs(5), abs(-(1 bsl 90)), abs(-2.5)]),
    io:format("~w ~w~n", [max(1, 2.0), min(1, 1.0)]),
    io:format("~w ~w~n", [max(a, 3), min([1], {1})]),
    io:format("~w ~w~n", [max(1 bsl 70, 1 bsl 69), min(-(1 bsl 70), 0)]).

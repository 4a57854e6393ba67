-module(arith_integer_parsing).
-export([main/0]).
main() ->
    io:format("~w ~w ~w~n", [16#ff, 2#1010, 36#zz]),
    io:format("~w ~w~n", [1_000_000, 16#FFFF_FFFF]),
    io:format("~w ~w ~w~n", [$a, $\n, $\x{1F600}]),
    io:format("~p ~p~n", [1.0e-3, 12.5e2]),
    io:format("~w~n", [list_to_integer("+17")]),
    io:format("~w~n", [erlang:list_to_integer("7fffffffffffffffffff", 16)]).

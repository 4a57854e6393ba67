-module(arith_bigadd).
-export([main/0]).
main() ->
    Max = (1 bsl 59) - 1,
    io:format("~w~n~w~n", [Max + 1, -Max - 2]),
    io:format("~w~n", [(1 bsl 100) + (1 bsl 100)]),
    io:format("~w~n", [(1 bsl 100) - (1 bsl 100)]),
    io:format("~w~n", [(1 bsl 64) - 1 - (1 bsl 64)]),
    io:format("~w~n", [lists:sum(lists:seq(1, 100000))]).

-module(lists_large_operations).
-export([main/0]).
main() ->
    L = lists:seq(1, 200000),
    R = lists:reverse(L),
    io:format("~w ~w~n", [hd(R), length(R)]),
    io:format("~w~n", [length(L ++ R)]),
    io:format("~w~n", [length(L -- lists:seq(1, 200000, 2))]),
    S = lists:sort([(X * 7919) rem 100003 || X <- L]),
    io:format("~w ~w~n", [hd(S), lists:last(S)]),
    io:format("~w~n", [lists:keyfind(199999, 1, [{X, X} || X <- L])]),
    io:format("~w~n", [lists:member(200000, L)]).

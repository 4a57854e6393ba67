-module(lib_lists_seq_edge).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:seq(1, 0)]),
    io:format("~p~n", [lists:seq(5, 5)]),
    io:format("~p~n", [lists:seq(1, 10, 4)]),
    io:format("~p~n", [lists:seq(10, 0, -5)]),
    io:format("~p~n", [lists:sublist([1, 2, 3], 5)]),
    io:format("~p~n", [lists:sublist([1, 2, 3], 4, 2)]),
    io:format("~p~n", [lists:nthtail(3, [1, 2, 3])]),
    io:format("~p~n", [lists:split(0, [a])]),
    io:format("~p~n", [lists:flatten([[], [[]], [[], [a]]])]),
    io:format("~p~n", [lists:reverse([])]).

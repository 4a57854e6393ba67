-module(lists_string_lists).
-export([main/0]).
main() ->
    io:format("~p~n", ["hello"]),
    io:format("~p~n", [[104, 105, 1000]]),
    io:format("~p~n", [[$a, $b, 10, $c]]),
    io:format("~p~n", [[1, 2, 3]]),
    io:format("~w~n", ["abc"]),
    io:format("~p~n", [["one", "two", [$t, $h, $r, $e, $e]]]),
    io:format("~s~n", [lists:concat([a, "b", 1, 2.5])]).

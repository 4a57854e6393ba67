-module(string_old_api).
-export([main/0]).
main() ->
    io:format("~p~n", [string:str("hello", "ll")]),
    io:format("~p~n", [string:rstr("hello hello", "ll")]),
    io:format("~p~n", [string:chr("hello", $l)]),
    io:format("~p~n", [string:substr("hello", 2, 3)]),
    io:format("~p~n", [string:sub_word("one two three", 2)]),
    io:format("~p~n", [string:strip("..x..", both, $.)]),
    io:format("~p~n", [string:left("ab", 5, $.)]),
    io:format("~p~n", [string:right("ab", 5, $.)]),
    io:format("~p~n", [string:centre("ab", 6)]),
    io:format("~p~n", [string:copies("ab", 3)]),
    io:format("~p~n", [string:words("a b  c")]),
    io:format("~p~n", [string:to_upper("abc")]),
    io:format("~p~n", [string:span("abcxyz", "cba")]),
    io:format("~p~n", [string:cspan("abcxyz", "yx")]).

-module(fmt_io_lib_misc).
-export([main/0]).
main() ->
    io:format("~p~n", [io_lib:write({a, "b", [c]})]),
    io:format("~s~n", [io_lib:write_atom('hello world')]),
    io:format("~s~n", [io_lib:write_string("quote\"me\n")]),
    io:format("~s~n", [io_lib:print({1, 2}, 1, 80, -1)]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:deep_char_list(["ab", ["c"]])]),
    io:format("~p~n", [io_lib:printable_list("abc\n")]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [io_lib:fread("~d ~s", "42 hello")]),
    io:format("~p~n", [io_lib:fread("~f", "3.5")]),
    io:format("~s", [io_lib:nl()]),
    io:format("~p~n", [io_lib:latin1_char_list([255, 256])]),
    io:format("~s~n", [io_lib:indentation("abc", 4) =:= 7]).

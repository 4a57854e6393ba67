-module(fmt_io_lib_format_chars).
-export([main/0]).
main() ->
    Chars = io_lib:format("~w and ~s", [42, "text"]),
    io:format("~p~n", [Chars]),
    io:format("~p~n", [lists:flatten(Chars)]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~p", [{x, "y"}]))]),
    io:format("~p~n", [io_lib:format("~ts", [<<"é"/utf8>>])]),
    io:format("~p~n", [io_lib:format("~s", [<<"é"/utf8>>])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~8.3.0f", [-1.5]))]),
    io:format("~p~n", [io_lib:format("~-6b|", [5])]).

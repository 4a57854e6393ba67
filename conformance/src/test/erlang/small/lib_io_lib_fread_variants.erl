-module(lib_io_lib_fread_variants).
-export([main/0]).
main() ->
    io:format("~p~n", [io_lib:fread("~d~d", "12 34")]),
    io:format("~p~n", [io_lib:fread("~a ~s", "atom string rest")]),
    io:format("~p~n", [io_lib:fread("~3c", "abcdef")]),
    io:format("~p~n", [io_lib:fread("~16u", "ff")]),
    io:format("~p~n", [io_lib:fread("~d", "notanumber")]),
    io:format("~p~n", [io_lib:fread("~f", "1")]),
    io:format("~p~n", [io_lib:fread("x~dy", "x5y")]).

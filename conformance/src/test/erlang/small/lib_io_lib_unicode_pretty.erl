-module(lib_io_lib_unicode_pretty).
-export([main/0]).
main() ->
    io:format("~p~n", [io_lib:format("~tp", [["Ωmega", <<"ç"/utf8>>]])]),
    io:format("~ts~n", [io_lib:format("~tp", [["Ωmega"]])]),
    io:format("~p~n", [["Ωmega"]]),
    io:format("~tw~n", ['Ωmega']),
    io:format("~w~n", ['Ωmega']).

-module(proc_erlang_halt_status).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:seq(1, 5)]),
    erlang:halt(42).

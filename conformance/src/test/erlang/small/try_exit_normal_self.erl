-module(try_exit_normal_self).
-export([main/0]).
main() ->
    io:format("~p~n", [catch exit(normal)]),
    io:format("~p~n", [try exit(self(), normal), still_alive catch _:_ -> no end]),
    process_flag(trap_exit, true),
    exit(self(), custom_reason),
    receive {'EXIT', _, R} -> io:format("got ~p~n", [R]) end.

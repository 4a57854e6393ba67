-module(proc_process_flag_priority).
-export([main/0]).
main() ->
    io:format("~p~n", [process_flag(priority, high)]),
    io:format("~p~n", [process_flag(priority, normal)]),
    io:format("~p~n", [process_info(self(), priority)]),
    io:format("~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("~p~n", [try process_flag(no_such_flag, 1) catch error:R -> R end]),
    io:format("~p~n", [process_info(self(), status)]).

-module(proc_send_to_dead).
-export([main/0]).
main() ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    io:format("~p~n", [P ! hello]),
    io:format("~p~n", [erlang:send(P, again)]),
    io:format("~p~n", [erlang:send(P, x, [noconnect])]),
    io:format("~p~n", [catch link(P)]),
    process_flag(trap_exit, true),
    link(P),
    receive {'EXIT', P, R} -> io:format("~p~n", [R]) end.

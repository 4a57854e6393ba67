-module(proc_unlink_and_monitor_info).
-export([main/0]).
main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    link(P),
    {links, L1} = process_info(self(), links),
    io:format("~p~n", [lists:member(P, L1)]),
    unlink(P),
    {links, L2} = process_info(self(), links),
    io:format("~p~n", [lists:member(P, L2)]),
    Ref = monitor(process, P),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("~p~n", [lists:member({process, P}, Ms)]),
    P ! stop,
    receive {'DOWN', Ref, process, P, R} -> io:format("~p~n", [R]) end.

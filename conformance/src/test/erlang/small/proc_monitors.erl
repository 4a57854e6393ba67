-module(proc_monitors).
-export([main/0]).
main() ->
    {P, Ref} = spawn_monitor(fun() -> receive go -> exit(finished) end end),
    P ! go,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    %% Watch the short-lived process end first, so the second monitor surely finds it gone
    %% (with a free core it may end before the first monitor is set, on erl as on jbeam).
    Dead = spawn(fun() -> receive go -> ok end end),
    Mfirst = monitor(process, Dead),
    Dead ! go,
    receive {'DOWN', Mfirst, process, Dead, R1} -> io:format("down ~p~n", [R1]) end,
    Mref = monitor(process, Dead),
    receive {'DOWN', Mref, process, Dead, R2} -> io:format("down ~p~n", [R2]) end,
    P3 = spawn(fun() -> receive stop -> ok end end),
    M3 = monitor(process, P3),
    io:format("~p~n", [demonitor(M3, [flush, info])]),
    P3 ! stop,
    receive {'DOWN', _, _, _, _} -> io:format("unexpected~n") after 50 -> io:format("no down after demonitor~n") end,
    M4 = monitor(process, id(list_to_atom("no_such_registered"))),
    receive {'DOWN', M4, process, Who, R4} -> io:format("~p ~p~n", [Who, R4]) end.
id(X) -> lists:last([X]).

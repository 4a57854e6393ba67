-module(proc_spawn_mfa_args).
-export([main/0, child/3]).
main() ->
    P = spawn(?MODULE, child, [self(), 6, 7]),
    receive {P, R} -> io:format("~p~n", [R]) end,
    P2 = spawn_link(?MODULE, child, [self(), 2, 3]),
    receive {P2, R2} -> io:format("~p~n", [R2]) end,
    {P3, Ref} = spawn_monitor(?MODULE, child, [self(), 1, 1]),
    receive {P3, R3} -> io:format("~p~n", [R3]) end,
    receive {'DOWN', Ref, process, P3, Why} -> io:format("~p~n", [Why]) end.
child(Parent, A, B) -> Parent ! {self(), A * B}.

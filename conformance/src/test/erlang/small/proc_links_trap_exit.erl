-module(proc_links_trap_exit).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(crashed) end),
    receive {'EXIT', P1, R1} -> io:format("exit ~p~n", [R1]) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> io:format("exit ~p~n", [R2]) end,
    P3 = spawn_link(fun() -> exit({boom, []}) end),
    receive {'EXIT', P3, {R3, _}} -> io:format("exit ~p~n", [R3]) end,
    P4 = spawn(fun() -> receive _ -> ok end end),
    link(P4),
    exit(P4, kill),
    receive {'EXIT', P4, R4} -> io:format("exit ~p~n", [R4]) end,
    io:format("~p~n", [process_flag(trap_exit, false)]).

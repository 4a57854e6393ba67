-module(proc_spawn_opts_group_leader).
-export([main/0]).
main() ->
    Self = self(),
    GL = group_leader(),
    %% The child prints only when told to, so the two lines cannot come out in either order.
    P = spawn(fun() -> Self ! {gl, group_leader() =:= GL},
                       receive print -> io:format("child prints~n") end, Self ! printed end),
    receive {gl, Same} -> io:format("same group leader ~p~n", [Same]) end,
    P ! print,
    receive printed -> ok end,
    {P2, Ref} = spawn_opt(fun() -> exit(opt_done) end, [monitor]),
    receive {'DOWN', Ref, process, P2, R} -> io:format("~p~n", [R]) end,
    io:format("~p~n", [is_pid(P)]).

-module(proc_link_propagation).
-export([main/0]).
%% An exit propagates along a chain of links to a trapping process.
main() ->
    process_flag(trap_exit, true),
    Self = self(),
    Mid = spawn_link(fun() ->
                             Leaf = spawn_link(fun() -> receive die -> exit(leaf_died) end end),
                             Self ! {leaf, Leaf},
                             receive never -> ok end
                     end),
    Leaf = receive {leaf, L} -> L end,
    Leaf ! die,
    receive {'EXIT', Mid, R} -> io:format("mid exited: ~p~n", [R]) end,
    io:format("~p ~p~n", [is_process_alive(Mid), is_process_alive(Leaf)]).

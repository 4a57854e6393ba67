-module(proc_trap_exit_tree).
-export([main/0]).
%% A binary tree of depth 6 of trap_exit processes: every leaf exits with its path, each node
%% collects its children's 'EXIT' messages (ordered by child) and exits with the pair, so
%% the root's reason is the whole tree rebuilt from exit reasons.
main() ->
    process_flag(trap_exit, true),
    Root = spawn_link(fun() -> node(6, []) end),
    receive {'EXIT', Root, Tree} -> io:format("~w~n", [Tree]) end,
    %% A killed trap_exit process cannot trap kill; its links see killed.
    Victim = spawn_link(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    exit(Victim, kill),
    receive {'EXIT', Victim, Why} -> io:format("victim: ~p~n", [Why]) end,
    %% exit/2 with another reason is a message to a trapping process.
    Self = self(),
    Trapper = spawn_link(fun() -> process_flag(trap_exit, true), Self ! {trapping, self()},
                                  receive {'EXIT', From, R} -> exit({trapped, From =:= Self, R}) end end),
    receive {trapping, Trapper} -> ok end,
    exit(Trapper, please_stop),
    receive {'EXIT', Trapper, Why2} -> io:format("trapper: ~p~n", [Why2]) end.

node(0, Path) -> exit(lists:reverse(Path));
node(Depth, Path) ->
    process_flag(trap_exit, true),
    Left = spawn_link(fun() -> node(Depth - 1, [l | Path]) end),
    Right = spawn_link(fun() -> node(Depth - 1, [r | Path]) end),
    L = receive {'EXIT', Left, RL} -> RL end,
    R = receive {'EXIT', Right, RR} -> RR end,
    exit({L, R}).
